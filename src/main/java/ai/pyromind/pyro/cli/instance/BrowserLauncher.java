package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.ShortText;
import ai.pyromind.pyro.api.UnexpectedResponseException;
import ai.pyromind.pyro.cli.cmdutil.ChildEnvironment;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Executables;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.PrivateFile;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Opens a URL that carries a secret without letting another local user take it: the browser's
 * command line (which anyone can read) names a 0600 page in a 0700 folder; the page moves on to a
 * one-time, unguessable address on 127.0.0.1 that redirects to the real URL, once. The page is
 * removed as soon as the browser has been there, and on every way out.
 */
final class BrowserLauncher {
  private final Context ctx;

  BrowserLauncher(Context ctx) {
    this.ctx = ctx;
  }

  int open(String secretUrl, String id, Duration patience)
      throws IOException, InterruptedException {
    List<String> browser = browser();
    if (browser == null) {
      ctx.out()
          .error(
              "no browser found (set $BROWSER, or install xdg-open); get the URL with `"
                  + ctx.rerun("instance", "open", id, "--print")
                  + "`",
              ExitCode.FAILURE,
              id);
      return ExitCode.FAILURE;
    }
    checkWebAddress(secretUrl);
    byte[] nonce = new byte[16];
    new SecureRandom().nextBytes(nonce);
    String path = "/" + HexFormat.of().formatHex(nonce);
    CountDownLatch visited = new CountDownLatch(1);
    HttpServer redirector =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    redirector.createContext(
        path,
        exchange -> {
          boolean first = visited.getCount() > 0;
          if (first) {
            exchange.getResponseHeaders().set("Location", secretUrl);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
          }
          exchange.sendResponseHeaders(first ? 302 : 410, -1);
          exchange.close();
          visited.countDown();
        });
    redirector.start();
    String local = "http://127.0.0.1:" + redirector.getAddress().getPort() + path;
    try (PrivateFile page = PrivateFile.create("pyro-open-", "open.html", redirectPage(local))) {
      List<String> command = new ArrayList<>(browser);
      command.add(page.path().toUri().toString());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      ChildEnvironment.apply(builder, ctx.env()).start();
      ctx.out().notice("opening " + id + " in " + browser.get(0) + " …");
      if (!visited.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        ctx.out()
            .error(
                "the browser did not open the page within "
                    + patience.toSeconds()
                    + "s; get the URL with `"
                    + ctx.rerun("instance", "open", id, "--print")
                    + "`",
                ExitCode.FAILURE,
                id);
        return ExitCode.FAILURE;
      }
      ctx.out().success("opened " + id + " in the browser");
      return ExitCode.OK;
    } finally {
      redirector.stop(0);
    }
  }

  /** Only a web page is handed to a browser: not file:, javascript: or an app's own scheme. */
  private static void checkWebAddress(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      uri = null;
    }
    if (uri == null
        || uri.getScheme() == null
        || !uri.getScheme().matches("(?i)https?")
        || uri.getHost() == null) {
      String shown = url.length() > 80 ? ShortText.head(url, 80) + "…" : url;
      throw new UnexpectedResponseException(
          200,
          "refusing to open the access URL: the server sent '"
              + shown.replaceAll("[?#].*", "?…")
              + "', not an http(s) address");
    }
  }

  /**
   * What the browser is given instead of an address on its command line, which any local user can
   * read: a file only this user can read, whose page moves on to the one-time local address.
   */
  private static byte[] redirectPage(String local) {
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
            + "<meta name=\"referrer\" content=\"no-referrer\">\n"
            + "<meta http-equiv=\"refresh\" content=\"0; url="
            + local
            + "\">\n<title>pyro</title></head>\n<body><a href=\""
            + local
            + "\">Continue to the instance</a></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** {@code $BROWSER} (its first entry when it is a list), else xdg-open, else open on macOS. */
  private List<String> browser() {
    String configured = ctx.env().var("BROWSER");
    if (configured != null) {
      String first = configured.split(File.pathSeparator)[0].trim();
      if (!first.isEmpty()) {
        return List.of(first.replace("%s", "").trim().split("\\s+"));
      }
    }
    String found =
        onPath(
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")
                ? "open"
                : "xdg-open");
    return found == null ? null : List.of(found);
  }

  private String onPath(String name) {
    Path found = Executables.onPath(ctx.env(), name);
    return found == null ? null : found.toString();
  }
}
