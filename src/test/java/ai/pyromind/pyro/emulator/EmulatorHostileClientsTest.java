package ai.pyromind.pyro.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clients that stall, or speak methods the API does not have, get nothing they should not. */
class EmulatorHostileClientsTest {
  private static final int STALLED = 3 * HttpWorkers.CORE;

  private static Socket stall(EmulatorHarness emulator) throws Exception {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.server.port());
    socket
        .getOutputStream()
        .write(
            "GET /api/v1/sandboxes HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bear"
                .getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  @Test
  void clientsThatSendHalfAHeaderAndStallStarveNoOne() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try (EmulatorHarness emulator = new EmulatorHarness(null)) {
      for (int i = 0; i < STALLED; i++) {
        stalled.add(stall(emulator));
      }
      Thread.sleep(300);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      long start = System.nanoTime();
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(emulator.server.url() + "/api/v1/sandboxes"))
                  .header("Authorization", "Bearer " + EmulatorHarness.TOKEN)
                  .timeout(Duration.ofSeconds(1))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
  }

  @Test
  void aRequestThatDoesNotArriveInTimeHasItsConnectionClosed() throws Exception {
    try (EmulatorHarness emulator = new EmulatorHarness(null);
        Socket stalled = stall(emulator)) {
      stalled.setSoTimeout((HttpWorkers.REQUEST_SECONDS + 5) * 1000);
      long start = System.nanoTime();
      InputStream in = stalled.getInputStream();
      assertThat(in.read()).as("closed by the server").isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isLessThan(Duration.ofSeconds(HttpWorkers.REQUEST_SECONDS + 3));
    }
  }

  /** Sends a header promising a large body and part of it, then reads the status line. */
  private static String statusLineAfterPartOfABody(
      EmulatorHarness emulator, String auth, int promised, int sent) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.server.port())) {
      socket.setSoTimeout(3000);
      String head =
          "POST /api/v1/sandboxes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + auth
              + "Content-Type: application/json\r\nContent-Length: "
              + promised
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(new byte[sent]);
      socket.getOutputStream().flush();
      byte[] line = new byte[12];
      int n = socket.getInputStream().readNBytes(line, 0, line.length);
      return new String(line, 0, n, StandardCharsets.US_ASCII);
    }
  }

  @Test
  void aRefusedRequestIsAnsweredWithoutWaitingForTheRestOfItsBody() throws Exception {
    try (EmulatorHarness emulator = new EmulatorHarness(null)) {
      assertThat(statusLineAfterPartOfABody(emulator, "", 100_000_000, 1000))
          .as("no token: refused at once")
          .isEqualTo("HTTP/1.1 401");
      assertThat(
              statusLineAfterPartOfABody(
                  emulator,
                  "Authorization: Bearer " + EmulatorHarness.TOKEN + "\r\n",
                  100_000_000,
                  (1 << 20) + 10))
          .as("over the 1 MB cap: refused once the cap is passed")
          .isEqualTo("HTTP/1.1 413");
    }
  }

  @Test
  void aMethodAKnownPathDoesNotTakeIs405InTheEnvelopeWithAllow() throws Exception {
    try (EmulatorHarness emulator = new EmulatorHarness(null)) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(emulator.server.url() + "/api/v1/instances/ins_1"))
                      .header("Authorization", "Bearer " + EmulatorHarness.TOKEN)
                      .method("PATCH", HttpRequest.BodyPublishers.ofString("{}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(405);
      assertThat(answer.headers().firstValue("Allow")).hasValue("DELETE, GET, PUT");
      assertThat(Json.parse(answer.body()))
          .isEqualTo(
              Json.parse(
                  "{\"code\":405,\"message\":\"method not allowed: PATCH /api/v1/instances/ins_1"
                      + " (allowed: DELETE, GET, PUT)\",\"data\":null}"));

      assertThat(emulator.call("DELETE", "/training/jobs", null).status()).isEqualTo(405);
      assertThat(emulator.call("GET", "/sandboxes/sbx_1/actions", null).message())
          .isEqualTo("method not allowed: GET /api/v1/sandboxes/sbx_1/actions (allowed: POST)");
      assertThat(emulator.call("PATCH", "/nothing/here", null).status())
          .as("an unknown path stays 404")
          .isEqualTo(404);
    }
  }
}
