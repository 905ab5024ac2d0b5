package ai.pyromind.pyro.cli.cmdutil;

import picocli.CommandLine;

/** Version, commit and build time, written in by the build ({@link BuildInfo}). */
public record VersionInfo(String version, String commit, String buildTime) {
  private static VersionInfo loaded;

  /** Loads it, for a warm-up (a class, not a lambda: nothing is spun). */
  public static final Runnable PRELOAD =
      new Runnable() {
        @Override
        public void run() {
          load();
        }
      };

  public static synchronized VersionInfo load() {
    if (loaded == null) {
      loaded =
          new VersionInfo(
              known(BuildInfo.VERSION), known(BuildInfo.COMMIT), known(BuildInfo.BUILD_TIME));
    }
    return loaded;
  }

  private static String known(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
  }

  /** {@code native} for a GraalVM image, else the JVM's name and version. */
  public static String runtime() {
    if (System.getProperty("org.graalvm.nativeimage.imagecode") != null) {
      return "native";
    }
    return "JVM " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
  }

  public static String platform() {
    return System.getProperty("os.name") + "/" + System.getProperty("os.arch");
  }

  /** The lines of {@code pyro --version} and {@code pyro version}. */
  public String[] lines() {
    return new String[] {
      "pyro " + version,
      "commit:  " + commit,
      "built:   " + buildTime,
      "runtime: " + runtime(),
      "os/arch: " + platform()
    };
  }

  /** picocli's hook for {@code -V}. */
  public static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return load().lines();
    }
  }
}
