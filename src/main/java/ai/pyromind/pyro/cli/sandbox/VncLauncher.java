package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.cli.cmdutil.ChildEnvironment;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Executables;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.PrivateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds a VNC viewer and starts it. The password goes through a 0600 file in the vncpasswd format
 * (TigerVNC, TightVNC), removed when the viewer exits; it never appears in any argument.
 */
final class VncLauncher {
  static final List<String> VIEWERS =
      List.of("vncviewer", "xtigervncviewer", "xtightvncviewer", "remmina");

  /** The fixed DES key of the VNC password file format. */
  private static final byte[] VNC_KEY = {23, 82, 107, 6, 35, 78, 88, 7};

  private final Context ctx;
  private String id;

  VncLauncher(Context ctx) {
    this.ctx = ctx;
  }

  int launch(String id, VncAddress address, String password, String requested) {
    this.id = id;
    String viewer = requested != null ? requested : find();
    if (viewer == null) {
      ctx.out()
          .error(
              "no VNC viewer found (looked for "
                  + String.join(", ", VIEWERS)
                  + macNote()
                  + "); connect by hand to "
                  + address.authority()
                  + " with the password from `pyro sandbox vnc "
                  + id
                  + " --print --show-password`",
              ExitCode.FAILURE,
              id);
      return ExitCode.FAILURE;
    }
    String name = Path.of(viewer).getFileName().toString();
    try {
      if (name.equals("open")) {
        return run(
            List.of(viewer, "vnc://" + address.authority()),
            "your viewer asks for the password: see --print --show-password");
      }
      if (name.startsWith("remmina")) {
        return run(
            List.of(viewer, "-c", "vnc://" + address.authority()),
            "remmina asks for the password: see --print --show-password");
      }
      return runWithPasswordFile(viewer, address, password);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + viewer + ": " + e.getMessage(), e);
    }
  }

  /**
   * TigerVNC reads the file when it authenticates, and again when it reconnects, so the file lives
   * while the viewer runs and goes on every way out, Ctrl-C, SIGTERM and SIGHUP included. The
   * viewer has no {@code --}: the checked address, which cannot look like an option or a {@code
   * name=value} parameter, comes last.
   */
  private int runWithPasswordFile(String viewer, VncAddress address, String password)
      throws IOException {
    try (PrivateFile file = PrivateFile.create("pyro-vnc-", "passwd", obfuscate(password))) {
      return run(
          List.of(viewer, "-passwd", file.path().toString(), address.viewerArgument()), null);
    }
  }

  private int run(List<String> command, String notice) throws IOException {
    if (notice != null) {
      ctx.out().notice(notice);
    }
    ctx.out().notice("starting " + command.get(0) + " on " + command.get(command.size() - 1));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.INHERIT);
    ChildEnvironment.apply(builder, ctx.env());
    Process process = builder.start();
    process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    try {
      int status = process.waitFor();
      if (status != 0) {
        ctx.out().error("the viewer " + command.get(0) + " exited " + status, ExitCode.FAILURE, id);
        return ExitCode.FAILURE;
      }
      return ExitCode.OK;
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      return ExitCode.INTERRUPTED;
    }
  }

  private String find() {
    for (String candidate : VIEWERS) {
      Path exe = Executables.onPath(ctx.env(), candidate);
      if (exe != null) {
        return exe.toString();
      }
    }
    return isMac() ? "open" : null;
  }

  private static boolean isMac() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
  }

  private static String macNote() {
    return isMac() ? ", open" : "";
  }

  /** The vncpasswd file format: the first 8 bytes of the password, DES-encrypted with VNC's key. */
  static byte[] obfuscate(String password) {
    byte[] block = new byte[8];
    byte[] bytes = password.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(bytes, 0, block, 0, Math.min(8, bytes.length));
    byte[] key = new byte[8];
    for (int i = 0; i < 8; i++) {
      key[i] = (byte) (Integer.reverse(VNC_KEY[i]) >>> 24);
    }
    try {
      Cipher des = Cipher.getInstance("DES/ECB/NoPadding");
      des.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DES"));
      return des.doFinal(block);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("DES is not available", e);
    }
  }
}
