package ai.pyromind.pyro.cli.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One resource a project file declares: its kind, name and create body (without {@code kind}), and
 * where it was written, for messages.
 */
record Resource(Kind kind, String name, ObjectNode body, String where) {
  String label() {
    return kind.word + " " + name;
  }
}
