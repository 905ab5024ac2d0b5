package ai.pyromind.pyro.cli.cmdutil;

/** One line of a picker: the id it stands for and the text shown (already neutralised). */
public record Choice(String id, String label) {}
