package ai.pyromind.pyro.config;

import java.util.regex.Pattern;

/**
 * What a profile may be called, wherever the name comes from ({@code -p}, {@code PYRO_PROFILE},
 * {@code config use}, the emulator's {@code local-NAME}): the same rule shell completion holds
 * profile names to, so every profile pyro accepts also completes. An empty name would otherwise
 * pass for "no name" and quietly mean the current profile.
 */
public final class ProfileName {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

  /** The rule, as the error message states it. */
  public static final String RULE =
      "a profile name is 1-128 letters, digits, '-', '_', '.' or ':', starting with a letter or"
          + " digit";

  private ProfileName() {}

  public static boolean valid(String name) {
    return name != null && VALID.matcher(name).matches();
  }
}
