package ai.pyromind.pyro.api;

import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.regex.Pattern;

/**
 * A floating-point number that remembers how it was written, so that what pyro reads it writes back
 * unchanged: a double for arithmetic and jq, the text for every output.
 */
final class WrittenNumber extends DoubleNode {
  static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private final String text;

  WrittenNumber(double value, String text) {
    super(value);
    this.text = text;
  }

  String text() {
    return text;
  }

  @Override
  public String asText() {
    return text;
  }
}
