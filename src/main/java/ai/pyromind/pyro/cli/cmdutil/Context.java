package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.AuthRequiredException;
import ai.pyromind.pyro.api.ClientOptions;
import ai.pyromind.pyro.api.EnvProxies;
import ai.pyromind.pyro.api.RetryPolicy;
import ai.pyromind.pyro.api.TrustedCas;
import ai.pyromind.pyro.api.Warmup;
import ai.pyromind.pyro.config.Config;
import ai.pyromind.pyro.config.ConfigStore;
import ai.pyromind.pyro.config.Settings;
import ai.pyromind.pyro.output.CustomColumns;
import ai.pyromind.pyro.output.JqFilter;
import ai.pyromind.pyro.output.Output;
import ai.pyromind.pyro.output.OutputFormat;
import ai.pyromind.pyro.output.Renderer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Everything a command works with, each part built on first use: so {@code --help} and {@code
 * --version} touch neither the config nor the network, and tests swap any part through {@link Env}.
 */
public final class Context {
  private final java.util.Set<String> warned = new java.util.HashSet<>();
  private final Env env;
  private PyroCommand globals;
  private CommandLine commandLine;
  private ConfigStore store;
  private Config config;
  private Settings settings;
  private Output output;
  private Renderer renderer;
  private ApiClient api;
  private final java.util.List<ApiClient> extraClients = new java.util.ArrayList<>();
  private ai.pyromind.pyro.api.AnswerListener answers;
  private java.util.function.Supplier<CommandLine> wholeTree;

  private boolean processSignals;

  /**
   * Whether this run is the whole process (Main), so that it may take SIGINT over for itself;
   * in-process runs (tests) leave the JVM's handlers alone.
   */
  public Context processSignals(boolean own) {
    this.processSignals = own;
    return this;
  }

  public boolean processSignals() {
    return processSignals;
  }

  public Context(Env env) {
    this.env = env;
  }

  public void attach(PyroCommand globals, CommandLine commandLine) {
    this.globals = globals;
    this.commandLine = commandLine;
  }

  /** How to build the whole command tree; set by the root that assembles the commands. */
  public void wholeTree(java.util.function.Supplier<CommandLine> builder) {
    this.wholeTree = builder;
  }

  /** The whole command tree, every command built in full (completion scripts, man pages). */
  public CommandLine wholeTree() {
    return wholeTree.get();
  }

  /** Releases what the run opened: the HTTP client, so the process exits at once. */
  public void close() {
    // a loop, not forEach(ApiClient::close): the method reference would load the HTTP client's
    // classes in runs that made no request (help, config, completion)
    for (ApiClient client : extraClients) {
      client.close();
    }
    if (answers != null) {
      answers.finish();
    }
  }

  /** Who is told what the profile's server answers ({@link #api()}, {@link #quickClient}). */
  public void answers(ai.pyromind.pyro.api.AnswerListener listener) {
    this.answers = listener;
  }

  /** The profile as the line or PYRO_PROFILE names it, or null for the config's current one. */
  public String namedProfile() {
    String named = globals == null ? null : globals.profile;
    return named != null && !named.isEmpty() ? named : env.var("PYRO_PROFILE");
  }

  /** The API URL as {@code --api-url} or PYRO_API_URL names it, or null for the profile's. */
  public String namedApiUrl() {
    String named = globals == null ? null : globals.apiUrl;
    return named != null && !named.isEmpty() ? named : env.var("PYRO_API_URL");
  }

  /**
   * A pyro command line for a hint, repeating the global options given to this run: {@code
   * rerun("train", "logs", id, "-f")} is {@code pyro -p ci train logs train_1 -f}.
   */
  public String rerun(String... words) {
    return Rerun.line(globals, words);
  }

  /**
   * Another pyro command for the profile and server of this run ({@code -p}, {@code --api-url}).
   */
  public String sameTarget(String... words) {
    return Rerun.sameTarget(globals, words);
  }

  public Env env() {
    return env;
  }

  public Instant now() {
    return env.clock().get();
  }

  public boolean debug() {
    return (globals != null && globals.debug)
        || "1".equals(env.var("PYRO_DEBUG"))
        || "true".equalsIgnoreCase(env.var("PYRO_DEBUG"));
  }

  public ConfigStore configStore() {
    if (store == null) {
      store = new ConfigStore(ConfigStore.locate(env.vars()));
    }
    return store;
  }

  public Config config() {
    if (config == null) {
      config = configStore().load(this::warnEarly);
    }
    return config;
  }

  /**
   * Changes the config file under its lock, on a fresh read of it (see {@link ConfigStore#update});
   * every command that writes the config goes through here.
   */
  public <T> T updateConfig(Function<Config, T> change) {
    T result = configStore().update(this::warnEarly, change);
    config = null;
    return result;
  }

  public Settings settings() {
    if (settings == null) {
      Settings.Options options =
          new Settings.Options(
              globals.profile,
              globals.apiUrl,
              globals.output,
              globals.requestTimeout,
              globals.color,
              globals.retries == null ? null : globals.retries.toString(),
              globals.allowInsecureHttp,
              globals.caFile);
      settings = Settings.resolve(options, env.vars(), config());
    }
    return settings;
  }

  public Output out() {
    if (output == null) {
      output =
          new Output(
              commandLine.getOut(),
              commandLine.getErr(),
              env.stdoutTerminal(),
              colorEnabled(),
              globals.quiet,
              env.stdoutTerminal() ? env.terminalWidth().getAsInt() : Integer.MAX_VALUE,
              () -> env.stderrTerminal() ? env.terminalWidth().getAsInt() : Integer.MAX_VALUE);
      output.jsonErrors(errorFormat() == ErrorFormat.JSON);
    }
    return output;
  }

  /** JSON errors when asked by --error-format, else when the output is JSON (-o json, --jq). */
  public ErrorFormat errorFormat() {
    if (globals == null) {
      return ErrorFormat.TEXT;
    }
    if (globals.errorFormat != null) {
      return globals.errorFormat;
    }
    String output;
    try {
      output = settings().output();
    } catch (RuntimeException e) {
      output = globals.output != null ? globals.output : env.var("PYRO_OUTPUT");
    }
    boolean json = globals.jq != null || (output != null && output.trim().equalsIgnoreCase("json"));
    return json ? ErrorFormat.JSON : ErrorFormat.TEXT;
  }

  public Renderer renderer() {
    if (renderer == null) {
      JqFilter jq = globals.jq == null ? null : JqFilter.compile(globals.jq);
      renderer = new Renderer(out(), outputFormat(), jq, !globals.noHeaders, env.clock());
      String output = settings().output();
      if (CustomColumns.isSpec(output)) {
        renderer.customColumns(customColumns(output));
      }
    }
    return renderer;
  }

  public OutputFormat outputFormat() {
    String name = settings().output();
    if (CustomColumns.isSpec(name)) {
      return OutputFormat.TABLE;
    }
    OutputFormat format = OutputFormat.parse(name);
    if (format == null) {
      throw new UsageException(
          "invalid output format '"
              + name
              + "' (allowed: table, wide, json, yaml, id, custom-columns=SPEC,"
              + " custom-columns-file=FILE)");
    }
    return format;
  }

  private static java.util.List<ai.pyromind.pyro.output.Column> customColumns(String output) {
    try {
      if (output.startsWith(CustomColumns.INLINE)) {
        return CustomColumns.parse(output.substring(CustomColumns.INLINE.length()));
      }
      java.nio.file.Path file =
          java.nio.file.Path.of(output.substring(CustomColumns.FILE.length()));
      String text;
      try {
        text = java.nio.file.Files.readString(file);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new UsageException("custom-columns file " + file + " does not exist");
      } catch (java.io.IOException e) {
        throw new UsageException(
            "cannot read custom-columns file "
                + file
                + ": "
                + ai.pyromind.pyro.api.Json.shortReason(e));
      }
      return CustomColumns.parseFile(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The API client with the resolved token; without one, an auth error (exit 5). */
  public ApiClient api() {
    if (api == null) {
      requireKnownProfile();
      if (settings().token() == null) {
        throw new AuthRequiredException(
            "not logged in: run `" + sameTarget("auth", "login") + "`, or set PYRO_TOKEN");
      }
      Guards.checkToken(settings().token(), tokenOrigin());
      api = client(settings().apiUrl(), settings().token()).listener(answers);
    }
    return api;
  }

  /** A client for another URL or token, e.g. to check a token before saving it. */
  public ApiClient client(String apiUrl, String token) {
    Warmup.beforeHttp();
    return track(
        new ApiClient(
            guardedBaseUrl(apiUrl),
            token,
            "pyro/" + VersionInfo.load().version(),
            debug() ? line -> out().trace(line) : null,
            clientOptions(requestTimeout(), new RetryPolicy(retries()))));
  }

  /**
   * A client of the profile for a call that must answer fast or not at all (shell completion): its
   * own short timeout, no retries.
   */
  public ApiClient quickClient(Duration timeout) {
    Warmup.beforeHttp();
    requireKnownProfile();
    String token = settings().token();
    if (token != null) {
      Guards.checkToken(token, tokenOrigin());
    }
    return track(
            new ApiClient(
                guardedBaseUrl(settings().apiUrl()),
                token,
                "pyro/" + VersionInfo.load().version(),
                null,
                clientOptions(timeout, RetryPolicy.NONE)))
        .listener(answers);
  }

  /** Where a request to an API path would go, without a client or token ({@code --dry-run}). */
  public URI requestUri(String path) {
    return ApiClient.uri(Guards.baseUrl(settings().apiUrl()), path, null);
  }

  /** Where the token in use came from, for messages: "in PYRO_TOKEN", "in profile ci". */
  public String tokenOrigin() {
    return "in " + settings().tokenSource();
  }

  /**
   * A profile named with {@code -p} (or, without it, {@code PYRO_PROFILE}) must be a name, checked
   * before any command runs: {@code -p ''} or {@code PYRO_PROFILE=} would otherwise mean the
   * current profile, and {@code config set} or {@code auth login} would write to it.
   */
  public void checkProfileName() {
    if (globals == null) {
      return;
    }
    if (globals.profile != null) {
      Guards.profileName(globals.profile, "-p/--profile");
    } else if (env.vars().get("PYRO_PROFILE") != null) {
      Guards.profileName(env.vars().get("PYRO_PROFILE"), "PYRO_PROFILE");
    }
  }

  /**
   * A profile named with {@code -p} or {@code PYRO_PROFILE} must exist before a request is sent: a
   * typo would otherwise send the token to the default URL.
   */
  public void requireKnownProfile() {
    boolean named =
        globals.profile != null && !globals.profile.isBlank() || env.var("PYRO_PROFILE") != null;
    if (named) {
      Guards.requireProfile(settings().profile(), config());
    }
  }

  private ApiClient track(ApiClient client) {
    extraClients.add(client);
    return client;
  }

  private ClientOptions clientOptions(Duration timeout, RetryPolicy retryPolicy) {
    return new ClientOptions(
        timeout,
        retryPolicy,
        proxies(),
        (long) maxResponseMb() << 20,
        trustedCas(),
        env.clock(),
        env.sleeper());
  }

  private int maxResponseMb() {
    String source =
        env.var("PYRO_MAX_RESPONSE_MB") != null
            ? "PYRO_MAX_RESPONSE_MB"
            : "max_response_mb in profile " + settings().profile();
    return ResponseLimit.megabytes(settings().maxResponseMb(), source);
  }

  /** The CAs to trust, read only if the server speaks TLS (plain HTTP has none to check). */
  private Supplier<javax.net.ssl.SSLContext> trustedCas() {
    String file = settings().caFile();
    if (file == null) {
      return null;
    }
    String origin = origin(globals.caFile != null, "--ca-file", null, "ca_file");
    return () -> {
      try {
        return TrustedCas.fromPem(java.nio.file.Path.of(file));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage() + " (set" + origin + ")");
      }
    };
  }

  /** How often a request that is safe to repeat is sent again. */
  public int retries() {
    String value = settings().retries();
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 0 && n <= 100) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "invalid retries '"
            + value
            + "'"
            + origin(globals.retries != null, "--retries", "PYRO_MAX_RETRIES", "retries")
            + " (a whole number from 0 to 100)");
  }

  private java.net.ProxySelector proxies() {
    try {
      return EnvProxies.from(env.vars());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage() + " in HTTPS_PROXY/HTTP_PROXY");
    }
  }

  public Duration requestTimeout() {
    return Parsers.positiveDuration(settings().requestTimeout());
  }

  private URI guardedBaseUrl(String apiUrl) {
    return Guards.safeTransport(Guards.baseUrl(apiUrl), settings().allowInsecureHttp());
  }

  /**
   * Whether output is coloured. Every command's output asks, so a config that cannot be read leaves
   * it at --color or auto here: the commands that need the config say why it cannot be read, the
   * others (version, completion) run.
   */
  private boolean colorEnabled() {
    String when;
    try {
      when = settings().color();
    } catch (ai.pyromind.pyro.config.ConfigException e) {
      when = globals.color != null ? globals.color : "auto";
    }
    when = when.toLowerCase(Locale.ROOT);
    return switch (when) {
      case "always" -> true;
      case "never" -> false;
      case "auto" ->
          env.stdoutTerminal() && env.var("NO_COLOR") == null && !"dumb".equals(env.var("TERM"));
      default ->
          throw new UsageException(
              "invalid color '"
                  + when
                  + "'"
                  + origin(globals.color != null, "--color", null, "color")
                  + " (allowed: auto, always, never)");
    };
  }

  /**
   * Where a setting's value came from, for its error: the option, else the environment variable,
   * else the config key of the profile.
   */
  private String origin(boolean fromOption, String option, String envName, String configKey) {
    if (fromOption) {
      return " in " + option;
    }
    if (envName != null && env.var(envName) != null) {
      return " in " + envName;
    }
    return " in config key " + configKey + " of profile " + settings().profile();
  }

  /** A config warning, once a run however often the file is read (a write reads it again). */
  private void warnEarly(String message) {
    if (!warned.add(message)) {
      return;
    }
    commandLine.getErr().println("warning: " + message);
    commandLine.getErr().flush();
  }
}
