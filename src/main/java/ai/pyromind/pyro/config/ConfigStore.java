package ai.pyromind.pyro.config;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads and writes the YAML config file: atomically, 0600 in a 0700 folder. */
public final class ConfigStore {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  /** A config holds a few profiles of a few lines: anything near this is not one. */
  static final int MAX_BYTES = 1 << 20;

  private final Path path;

  public ConfigStore(Path path) {
    this.path = path;
  }

  /** {@code $PYRO_CONFIG}, else {@code $XDG_CONFIG_HOME/pyro/config.yaml}, else ~/.config. */
  public static Path locate(Map<String, String> env) {
    String explicit = env.get("PYRO_CONFIG");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "pyro", "config.yaml");
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".config", "pyro", "config.yaml");
  }

  public Path path() {
    return path;
  }

  /** The config, or an empty one when the file does not exist yet. */
  public Config load(Consumer<String> warn) {
    if (!Files.exists(path)) {
      return new Config(Json.object());
    }
    warnIfExposed(warn);
    try {
      String text = readCapped();
      JsonNode node = text.isBlank() ? null : Json.parseYaml(text);
      if (node == null || node.isNull() || node.isMissingNode()) {
        return new Config(Json.object());
      }
      if (!node.isObject()) {
        throw new ConfigException("config file " + path + " is not a YAML mapping");
      }
      return new Config((ObjectNode) node);
    } catch (JsonProcessingException e) {
      throw new ConfigException("cannot read config file " + path + ": " + Json.reasonWithLine(e));
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + path + ": " + IoReasons.of(e, path));
    }
  }

  /** The file's text; more than {@link #MAX_BYTES} is refused before any of it is parsed. */
  private String readCapped() throws IOException {
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new ConfigException(
          "config file " + path + " is larger than " + (MAX_BYTES >> 20) + " MB");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * A read-modify-write: under the config's lock, reads the file afresh, applies the change and
   * writes the result if it changed anything, so that concurrent pyro commands never lose each
   * other's changes. Returns what the change returns.
   */
  public <T> T update(Consumer<String> warn, Function<Config, T> change) {
    Path target = target();
    try {
      createPrivateDirectory(target.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write config file " + path + ": " + IoReasons.of(e, path), e);
    }
    try (ConfigLock lock = ConfigLock.acquire(target)) {
      Config fresh = load(warn);
      JsonNode before = fresh.root().deepCopy();
      T result = change.apply(fresh);
      if (!fresh.root().equals(before)) {
        save(fresh);
      }
      return result;
    }
  }

  /**
   * Writes the whole config: temp file beside it, fsync, then rename over the old one. A symlinked
   * config is written through the link (at its target), so the link stays.
   */
  public void save(Config config) {
    Path target = target();
    try {
      Path dir = target.getParent();
      createPrivateDirectory(dir);
      Path temp = Files.createTempFile(dir, ".config-", ".tmp");
      try {
        restrict(temp, "rw-------");
        byte[] bytes = Json.yaml(config.root()).getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          channel.write(java.nio.ByteBuffer.wrap(bytes));
          channel.force(true);
        }
        move(temp, target);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write config file " + path + ": " + IoReasons.of(e, path), e);
    }
  }

  /** The file a write replaces: the config, or the file its symbolic link(s) point to. */
  private Path target() {
    Path file = path.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(file); hops++) {
      if (hops == 40) {
        throw new ConfigException("config file " + path + ": too many levels of symbolic links");
      }
      try {
        file = file.getParent().resolve(Files.readSymbolicLink(file)).normalize();
      } catch (IOException e) {
        throw new ConfigException("cannot read config link " + path + ": " + IoReasons.of(e, file));
      }
    }
    return file;
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void createPrivateDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (POSIX) {
      Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(dir);
    }
  }

  private static void restrict(Path file, String permissions) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    }
  }

  private void warnIfExposed(Consumer<String> warn) {
    if (!POSIX) {
      return;
    }
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
      boolean exposed =
          perms.contains(PosixFilePermission.GROUP_READ)
              || perms.contains(PosixFilePermission.OTHERS_READ)
              || perms.contains(PosixFilePermission.GROUP_WRITE)
              || perms.contains(PosixFilePermission.OTHERS_WRITE);
      if (exposed) {
        warn.accept(
            "config file "
                + path
                + " is accessible by others ("
                + PosixFilePermissions.toString(perms)
                + "); fix it with: chmod 600 "
                + path);
      }
    } catch (IOException ignored) {
      // permissions unreadable: the read below reports the real problem
    }
  }
}
