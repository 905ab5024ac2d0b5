package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.cmdutil.Env;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a project file ({@code -f FILE}, a folder of {@code .yaml}, {@code .yml} and {@code .json}
 * files, or {@code -} for stdin) into the resources it declares, each checked against its kind's
 * fields. Any fault is a usage error (exit 2) naming the file, the document and the line.
 */
final class ManifestReader {
  private ManifestReader() {}

  static List<Resource> read(String source, Env env) {
    List<Resource> resources = new ArrayList<>();
    if ("-".equals(source)) {
      resources.addAll(readText("stdin", stdin(env)));
    } else {
      for (Path file : files(Path.of(source))) {
        resources.addAll(readText(file.toString(), readFile(file)));
      }
    }
    if (resources.isEmpty()) {
      throw new UsageException(describe(source) + " declares no resources");
    }
    Set<String> seen = new HashSet<>();
    for (Resource r : resources) {
      if (!seen.add(r.kind() + "/" + r.name())) {
        throw new UsageException(r.where() + ": " + r.label() + " is declared twice");
      }
    }
    return resources;
  }

  private static List<Path> files(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> entries = Files.list(path)) {
      return entries
          .filter(p -> p.getFileName().toString().matches("(?i).*\\.(ya?ml|json)"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UsageException("cannot read '" + path + "': " + e.getMessage());
    }
  }

  private static List<Resource> readText(String name, String text) {
    List<LocatedReader.Document> documents;
    try {
      documents = LocatedReader.read(text);
    } catch (IOException e) {
      throw new UsageException(
          "'" + name + "' is neither valid JSON nor YAML: " + Json.reasonWithLine(e));
    }
    List<Resource> resources = new ArrayList<>();
    int number = 0;
    for (LocatedReader.Document document : split(documents)) {
      number++;
      if (document.tree().isNull()) {
        continue;
      }
      String where = "'" + name + "' document " + number;
      resources.add(ResourceChecker.check(document, where));
    }
    return resources;
  }

  /** A JSON array of objects counts as one document per element. */
  private static List<LocatedReader.Document> split(List<LocatedReader.Document> documents) {
    List<LocatedReader.Document> out = new ArrayList<>();
    for (LocatedReader.Document d : documents) {
      if (!d.tree().isArray()) {
        out.add(d);
        continue;
      }
      for (int i = 0; i < d.tree().size(); i++) {
        String prefix = "/" + i;
        Map<String, Integer> lines = new HashMap<>();
        d.lines()
            .forEach(
                (pointer, line) -> {
                  if (pointer.startsWith(prefix + "/")) {
                    lines.put(pointer.substring(prefix.length()), line);
                  }
                });
        out.add(new LocatedReader.Document(d.tree().get(i), d.lineOf(prefix), lines));
      }
    }
    return out;
  }

  private static String stdin(Env env) {
    try {
      return new String(env.stdin().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read stdin: " + e.getMessage());
    }
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException("cannot read '" + file + "': no such file");
    } catch (IOException e) {
      throw new UsageException("cannot read '" + file + "': " + e.getMessage());
    }
  }

  private static String describe(String source) {
    return "-".equals(source) ? "stdin" : "'" + source + "'";
  }
}
