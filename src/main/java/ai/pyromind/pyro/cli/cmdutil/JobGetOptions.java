package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Query;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code get} of either kind of job takes: the job, {@code --logs}, {@code --log-lines}. */
public final class JobGetOptions implements Preflight {
  @Parameters(index = "0", paramLabel = "ID", description = "The job's id or name.")
  String id;

  @Option(names = "--logs", description = "Include the job's log.")
  boolean logs;

  @Option(
      names = "--log-lines",
      paramLabel = "N",
      description = "How many of the last log lines (server default 100); implies --logs.")
  Integer logLines;

  @Override
  public void preflight() {
    Validate.atLeast("--log-lines", logLines, 1);
  }

  public String id() {
    return id;
  }

  /** Whether the log is wanted: {@code --logs}, or {@code --log-lines}. */
  public boolean withLogs() {
    return logs || logLines != null;
  }

  /** The query that asks for the log as wanted; a bad {@code --log-lines} is a usage error. */
  public Query query() {
    Validate.atLeast("--log-lines", logLines, 1);
    return Query.of().flag(Fields.INCLUDE_LOGS, withLogs()).add(Fields.LOG_LINES, logLines);
  }
}
