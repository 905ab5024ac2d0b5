package ai.pyromind.pyro.cli.completion;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ids and names of one kind of resource for one profile, API URL and credentials, where the
 * completion scripts read them without starting pyro: {@code
 * $XDG_CACHE_HOME/pyro/KIND,PROFILE,URL,HASH} ({@code ~/.cache} when unset or relative; PROFILE and
 * URL as the line or the environment name them, each character outside {@code [A-Za-z0-9._-]} as
 * {@code _}; HASH the {@link CacheKey}'s, which tells credentials apart). Folder 0700, file 0600; a
 * folder that is a link, someone else's or writable by others is neither read nor written. A header
 * with the time it was written, then {@code ID<TAB>NAME} lines. Only what looks like an id is kept,
 * names included. Written to a temporary file and renamed over the old one, so no reader sees half
 * of it; a file that is not one of ours reads as empty.
 */
final class IdCache {
  static final String HEADER = "#pyro-ids 1 ";
  static final int MOST = 1000;
  private static final long LARGEST = 1 << 20;
  static final Pattern LOOKS_LIKE_AN_ID = Pattern.compile(CompletionScripts.ID_PATTERN);

  private final Path dir;

  IdCache(Path dir) {
    this.dir = dir;
  }

  static IdCache in(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && xdg.startsWith("/")) { // XDG: a relative path is invalid, ignore it
      return new IdCache(Path.of(xdg, "pyro"));
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return new IdCache(Path.of(home == null ? "" : home, ".cache", "pyro"));
  }

  private boolean trusted() {
    return PrivateFolder.trusted(dir);
  }

  Path file(IdKind kind, CacheKey key) {
    // StringBuilder, not +: each new concatenation shape spins classes at start-up
    return dir.resolve(
        new StringBuilder(kind.command)
            .append(',')
            .append(escape(key.profile()))
            .append(',')
            .append(escape(key.apiUrl()))
            .append(',')
            .append(key.hash())
            .toString());
  }

  private static String escape(String named) {
    return named.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  static boolean looksLikeAnId(String text) {
    return text != null && LOOKS_LIKE_AN_ID.matcher(text).matches();
  }

  /** A file's mtime (following links, as the scripts' test does), or null when it has none. */
  static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** What a file holds: id to name ({@code ""} for none) in file order, its stamp and mtime. */
  record Held(Map<String, String> ids, Instant stamp, FileTime modified) {
    static Held none() {
      return new Held(new LinkedHashMap<>(), null, null);
    }
  }

  /** Id to name ({@code ""} for none), in file order; empty when missing, broken or not ours. */
  Map<String, String> read(Path file) {
    return held(file).ids();
  }

  /** What the file holds; {@link Held#none()} when it is missing, broken or not ours. */
  Held held(Path file) {
    try {
      if (!trusted()
          || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.size(file) > LARGEST) {
        return Held.none();
      }
      FileTime modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
        return Held.none();
      }
      Instant stamp =
          Instant.ofEpochSecond(Long.parseLong(lines.get(0).substring(HEADER.length())));
      Map<String, String> entries = new LinkedHashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] parts = line.split("\t", -1);
        if (looksLikeAnId(parts[0])) {
          entries.put(parts[0], parts.length > 1 && looksLikeAnId(parts[1]) ? parts[1] : "");
        }
      }
      return new Held(entries, stamp, modified);
    } catch (IOException | RuntimeException e) {
      return Held.none(); // a broken cache is no cache
    }
  }

  /**
   * Replaces the file with these entries (the first {@link #MOST}), stamped {@code now}; when it
   * already holds exactly them, only its stamp is renewed, in place (see {@link #renewed}).
   */
  void write(Path file, Map<String, String> entries, Instant now) throws IOException {
    write(file, entries, now, null);
  }

  /**
   * {@link #write(Path, Map, Instant)}, the file's mtime then set to the config's as pyro read it
   * ({@code config}; null: there was none). The scripts read the file only while the config's mtime
   * is the same: a config replaced by another, even an older one (a backup moved back, a link
   * switched), has other ids.
   */
  void write(Path file, Map<String, String> entries, Instant now, FileTime config)
      throws IOException {
    write(file, entries, now, config, true);
  }

  /**
   * Replaces the file's entries but keeps what {@code held} read of its stamp and mtime: a part of
   * the ids (a get, a create, a delete, a filtered list) confirms nothing of the rest, so it must
   * neither make the file fresher nor newer than the config.
   */
  void update(Path file, Map<String, String> entries, Held held) throws IOException {
    if (!entries.equals(held.ids())) {
      write(file, entries, held.stamp(), held.modified(), false);
    }
  }

  private void write(
      Path file, Map<String, String> entries, Instant now, FileTime modified, boolean renewable)
      throws IOException {
    PrivateFolder.make(dir);
    byte[] stamp =
        new StringBuilder(HEADER)
            .append(now.getEpochSecond())
            .append('\n')
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder();
    int n = 0;
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      if (n++ == MOST) {
        break;
      }
      if (looksLikeAnId(entry.getKey())) {
        String name = looksLikeAnId(entry.getValue()) ? entry.getValue() : "";
        text.append(entry.getKey()).append('\t').append(name).append('\n');
      }
    }
    byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
    if (renewable && renewed(file, stamp, body)) {
      if (modified != null) {
        Files.setLastModifiedTime(file, modified); // the stamp's write moved it
      }
      return;
    }
    // O_EXCL on a name of our own: Files.createTempFile would seed a SecureRandom at every run
    Path temp =
        dir.resolve(
            new StringBuilder(".ids-")
                .append(Thread.currentThread().getId())
                .append('-')
                .append(System.nanoTime())
                .toString());
    try {
      try (var channel =
          Files.newByteChannel(
              temp,
              java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
        for (ByteBuffer bytes : new ByteBuffer[] {ByteBuffer.wrap(stamp), ByteBuffer.wrap(body)}) {
          while (bytes.hasRemaining()) {
            channel.write(bytes);
          }
        }
      }
      if (modified != null) {
        Files.setLastModifiedTime(temp, modified);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE); // rename(2): all or nothing
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A list that finds what the file already holds renews its stamp (the scripts' freshness) by
   * overwriting the stamp's digits in place: no new file, no rename, no other byte written. Only
   * when the file is exactly {@code stamp}'s header with a stamp of as many digits, then {@code
   * body} (a size check first, then one read of the file). Touching the mtime instead would not do:
   * bash cannot read a file's age without starting {@code stat}, so the scripts date the file by
   * its stamp, and the mtime is the config's (see {@link #write(Path, Map, Instant, FileTime)}). A
   * reader racing the write may see old and new digits mixed: a stamp no later than the new one
   * (true of this very content) or one in the future, which the scripts take for stale.
   */
  private static boolean renewed(Path file, byte[] stamp, byte[] body) {
    try (FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      long size = stamp.length + (long) body.length;
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || channel.size() != size) {
        return false;
      }
      ByteBuffer held = ByteBuffer.allocate((int) size);
      while (held.hasRemaining() && channel.read(held) >= 0) {
        // until the whole file is read
      }
      byte[] old = held.array();
      int digits = HEADER.length();
      if (held.hasRemaining()
          || !Arrays.equals(old, 0, digits, stamp, 0, digits)
          || old[stamp.length - 1] != '\n'
          || !Arrays.equals(old, stamp.length, old.length, body, 0, body.length)) {
        return false;
      }
      ByteBuffer renewal = ByteBuffer.wrap(stamp, digits, stamp.length - digits);
      while (renewal.hasRemaining()) {
        channel.write(renewal, renewal.position()); // the buffer's offsets are the file's
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false; // rewritten whole instead
    }
  }
}
