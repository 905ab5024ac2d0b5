package ai.pyromind.pyro.emulator;

import java.security.SecureRandom;

/** Random passwords and tokens for emulated resources. */
final class RandomSecrets {
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomSecrets() {}

  /** {@code length} characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
  static String of(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
