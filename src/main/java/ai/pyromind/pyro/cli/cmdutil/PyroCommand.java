package ai.pyromind.pyro.cli.cmdutil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code pyro}: the root command; holds the global options, accepted anywhere on the line. */
@Command(
    name = "pyro",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.Provider.class,
    usageHelpAutoWidth = true,
    description = "The command-line client of PyroMind, reinforcement learning as a service.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Examples:",
      "  pyro auth login",
      "  pyro sandbox list --status running",
      "  pyro sandbox create my-box --type gpu-sandbox --cpu 16 --memory 64 --gpu 4",
      "  pyro sandbox get sbx_1 --error-format json",
      "  pyro train list -o custom-columns=ID:.job_id,PROGRESS:.progress",
      "",
      "Exit codes: 0 ok, 1 failure, 2 usage, 3 not found, 4 conflict, 5 auth,",
      "  6 network, 7 job ended badly, 8 timed out, 130 interrupted."
    })
public final class PyroCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FMT",
      scope = ScopeType.INHERIT,
      description =
          "Output format: table, wide, json, yaml, id, custom-columns=HEADER:.path,...,"
              + " custom-columns-file=FILE (env PYRO_OUTPUT).")
  String output;

  @Option(
      names = "--jq",
      paramLabel = "EXPR",
      scope = ScopeType.INHERIT,
      description = "Filter the JSON result with a jq expression; implies -o json.")
  String jq;

  @Option(
      names = "--error-format",
      paramLabel = "FMT",
      scope = ScopeType.INHERIT,
      description =
          "Errors on stderr as text (default) or json: one object per error, also with -o json.")
  ErrorFormat errorFormat;

  @Option(
      names = "--no-headers",
      scope = ScopeType.INHERIT,
      description = "Print table and wide output without the header row.")
  boolean noHeaders;

  @Option(
      names = {"-p", "--profile"},
      paramLabel = "NAME",
      scope = ScopeType.INHERIT,
      description = "Config profile to use (env PYRO_PROFILE).")
  String profile;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description = "API base URL (env PYRO_API_URL; default https://pyromind.ai).")
  String apiUrl;

  @Option(
      names = "--request-timeout",
      paramLabel = "DUR",
      scope = ScopeType.INHERIT,
      description = "Time limit of one whole HTTP exchange, body included (default 30s).")
  String requestTimeout;

  @Option(
      names = "--retries",
      paramLabel = "N",
      scope = ScopeType.INHERIT,
      description =
          "Retries of a request that is safe to repeat (default 3; env PYRO_MAX_RETRIES).")
  Integer retries;

  @Option(
      names = "--allow-insecure-http",
      scope = ScopeType.INHERIT,
      description =
          "Allow plain http:// to a host that is not loopback, token in clear text"
              + " (config key allow_insecure_http).")
  boolean allowInsecureHttp;

  @Option(
      names = "--ca-file",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "Trust the server's certificate only if one of these PEM CAs signed it"
              + " (config key ca_file).")
  String caFile;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description =
          "Trace HTTP requests and responses on stderr, secrets redacted (env PYRO_DEBUG=1).")
  boolean debug;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      description = "Colour output: auto, always, never (NO_COLOR is honoured).")
  String color;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "No notices or progress on stderr.")
  boolean quiet;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
