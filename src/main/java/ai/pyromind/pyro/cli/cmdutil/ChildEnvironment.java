package ai.pyromind.pyro.cli.cmdutil;

import java.util.Locale;
import java.util.Map;

/**
 * The environment of a program pyro starts (a browser, a VNC viewer, the emulator): the user's,
 * without pyro's secrets. Another program has no use for the token, and a child's environment can
 * end up in its logs, crash reports or a shell it spawns.
 */
public final class ChildEnvironment {
  private ChildEnvironment() {}

  /** Replaces the builder's environment with the user's, minus pyro's secrets. */
  public static ProcessBuilder apply(ProcessBuilder builder, Env env) {
    Map<String, String> target = builder.environment();
    target.clear();
    env.vars()
        .forEach(
            (name, value) -> {
              if (!isSecret(name)) {
                target.put(name, value);
              }
            });
    return builder;
  }

  /** PYRO_TOKEN, PYRO_EMULATOR_TOKEN and any other PYRO_ variable named like a credential. */
  public static boolean isSecret(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.startsWith("PYRO")
        && (upper.contains("TOKEN")
            || upper.contains("SECRET")
            || upper.contains("PASSWORD")
            || upper.contains("KEY"));
  }
}
