package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.config.Config;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The profile an emulator writes its URL and token to: {@code local}, unless that profile still
 * leads to another emulator that answers; then {@code local-<data dir name>} (or {@code
 * local-<port>}), so a second emulator never takes the first one's profile away from under it.
 */
final class LocalProfile {
  static final String NAME = "local";
  private static final int CONNECT_MILLIS = 300;
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);

  private LocalProfile() {}

  static String choose(Config config, Path data, int port, String ownUrl) {
    for (String candidate : candidates(data, port)) {
      if (!leadsToAnotherEmulator(config, candidate, ownUrl)) {
        return candidate;
      }
    }
    return NAME + "-" + port;
  }

  private static List<String> candidates(Path data, int port) {
    List<String> names = new ArrayList<>(List.of(NAME));
    if (data != null && data.toAbsolutePath().getFileName() != null) {
      String slug =
          data.toAbsolutePath()
              .getFileName()
              .toString()
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9_-]+", "-");
      // a profile name is at most 128 characters (config/ProfileName)
      slug = slug.substring(0, Math.min(slug.length(), 100));
      names.add(NAME + "-" + slug);
    }
    names.add(NAME + "-" + port);
    return names;
  }

  private static boolean leadsToAnotherEmulator(Config config, String profile, String ownUrl) {
    String url = config.get(profile, "api_url");
    String token = config.get(profile, "token");
    if (url == null || token == null || url.equals(ownUrl) || !listening(url)) {
      return false;
    }
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  ApiClient.uri(
                      URI.create(url),
                      ResourceKind.SANDBOX.collection(),
                      Query.of().add(Fields.PAGE_SIZE, 1)))
              .header("Authorization", "Bearer " + token)
              .timeout(ANSWER_TIMEOUT)
              .build();
      return HttpClient.newBuilder()
              .connectTimeout(ANSWER_TIMEOUT)
              .build()
              .send(request, HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean listening(String url) {
    try (Socket socket = new Socket()) {
      URI uri = URI.create(url);
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), CONNECT_MILLIS);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
