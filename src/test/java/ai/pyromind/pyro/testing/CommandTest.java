package ai.pyromind.pyro.testing;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** In-process command tests against a strict WireMock and a private config folder. */
public abstract class CommandTest {
  public static final String TOKEN = "pm_test_0123456789abcdef";

  @RegisterExtension protected static final WireMockExtension wm = StrictWireMock.create();

  @TempDir protected Path home;

  /** pyro with the token in PYRO_TOKEN and WireMock as the API, piped (no terminal). */
  protected PyroRun pyro() {
    return new PyroRun(home).env("PYRO_API_URL", wm.baseUrl()).env("PYRO_TOKEN", TOKEN);
  }

  @AfterEach
  void everyStubUsedAndEveryRequestMatched() {
    StrictWireMock.verifyAllStubsUsed(wm);
  }

  /** The API's envelope around some JSON data. */
  public static String envelope(int code, String message, String data) {
    return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"data\":" + data + "}";
  }
}
