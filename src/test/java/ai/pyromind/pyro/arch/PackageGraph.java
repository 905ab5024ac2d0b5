package ai.pyromind.pyro.arch;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which pyro package uses which, read from the compiled classes (every class named in a class
 * file's constant pool: types, descriptors, signatures, annotations) and from the sources' import
 * lines (a {@code static final} constant is inlined and leaves no trace in the class file).
 * Packages are named relative to {@code ai.pyromind.pyro}: {@code cli.cmdutil}, {@code api}, and
 * {@code ""} for the top package; {@code picocli} stands for the library, used but never using.
 */
final class PackageGraph {
  private static final String BASE = "ai/pyromind/pyro/";
  private static final Pattern CLASS_NAME =
      Pattern.compile("(?:ai/pyromind/pyro/(?:[a-z0-9_]+/)*|picocli/)[A-Z][A-Za-z0-9_$]*");
  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?(?:ai\\.pyromind\\.pyro\\.((?:[a-z0-9_]+\\.)*)|(picocli\\.))[A-Z]\\w*",
          Pattern.MULTILINE);

  /** package -> used package -> one example "from -> to", for the failure message. */
  private final Map<String, Map<String, String>> edges = new TreeMap<>();

  static PackageGraph of(Path classes, Path sources) throws IOException {
    PackageGraph graph = new PackageGraph();
    try (Stream<Path> files = Files.walk(classes.resolve(BASE))) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name = classes.relativize(file).toString().replace('\\', '/');
        try (InputStream in = Files.newInputStream(file)) {
          for (String used : classNames(in)) {
            graph.add(packageOf(name), packageOf(used), name + " -> " + used);
          }
        }
      }
    }
    try (Stream<Path> files = Files.walk(sources.resolve(BASE))) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String name = sources.relativize(file).toString().replace('\\', '/');
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String pkg = m.group(1) != null ? m.group(1) : m.group(2);
          String used = pkg.isEmpty() ? "" : pkg.substring(0, pkg.length() - 1);
          graph.add(packageOf(name), used, name + " imports " + m.group().substring(7));
        }
      }
    }
    return graph;
  }

  /** The packages this one uses, other than itself. */
  Set<String> uses(String pkg) {
    return edges.getOrDefault(pkg, Map.of()).keySet();
  }

  Set<String> packages() {
    return edges.keySet();
  }

  String example(String from, String to) {
    return edges.get(from).get(to);
  }

  void add(String from, String to, String example) {
    if (!from.equals(to)) {
      edges.computeIfAbsent(from, k -> new TreeMap<>()).putIfAbsent(to, example);
      edges.computeIfAbsent(to, k -> new TreeMap<>());
    }
  }

  private static String packageOf(String path) {
    String inBase = path.startsWith(BASE) ? path.substring(BASE.length()) : path;
    int slash = inBase.lastIndexOf('/');
    return slash < 0 ? "" : inBase.substring(0, slash).replace('/', '.');
  }

  /** The pyro classes a class file names, string constants left out. */
  private static List<String> classNames(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != 0xCAFEBABE) {
      throw new UncheckedIOException(new IOException("not a class file"));
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    Set<Integer> stringConstants = new HashSet<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 16, 19, 20 -> in.readUnsignedShort();
        case 8 -> stringConstants.add(in.readUnsignedShort());
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    List<String> names = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      if (utf8[i] != null && !stringConstants.contains(i)) {
        Matcher m = CLASS_NAME.matcher(utf8[i]);
        while (m.find()) {
          names.add(m.group());
        }
      }
    }
    return names;
  }
}
