package ai.pyromind.pyro.cli.cmdutil;

/** What the build knows of itself: Maven writes it in from src/main/java-templates. */
final class BuildInfo {
  static final String VERSION = "${project.version}";
  static final String COMMIT = "${git.commit.id.abbrev}";
  static final String BUILD_TIME = "${build.time}";

  private BuildInfo() {}
}
