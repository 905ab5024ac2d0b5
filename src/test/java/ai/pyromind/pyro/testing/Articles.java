package ai.pyromind.pyro.testing;

import java.util.Locale;
import java.util.Set;

/** "a" or "an" before a word: what the help-text tests hold every "a"/"an" in a help text to. */
public final class Articles {
  private static final Set<String> A_BEFORE_VOWEL = Set.of("one", "uni", "use", "usu", "uti", "eu");
  private static final Set<String> AN_BEFORE_CONSONANT = Set.of("hour", "honest", "honor");

  /** Letters whose name starts with a vowel sound, for acronyms: an HTML page, an SSH key. */
  private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

  private Articles() {}

  /** "a" or "an", as the word's first sound asks. */
  public static String article(String word) {
    if (word.length() > 1 && word.chars().limit(2).allMatch(Character::isUpperCase)) {
      return VOWEL_SOUND_LETTERS.indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (A_BEFORE_VOWEL.stream().anyMatch(w::startsWith)) {
      return "a";
    }
    if (AN_BEFORE_CONSONANT.stream().anyMatch(w::startsWith)) {
      return "an";
    }
    return !w.isEmpty() && "aeiou".indexOf(w.charAt(0)) >= 0 ? "an" : "a";
  }
}
