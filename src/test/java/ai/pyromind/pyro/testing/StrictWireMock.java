package ai.pyromind.pyro.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** WireMock where a request no stub matches, or a stub never used, fails the test. */
public final class StrictWireMock {
  private StrictWireMock() {}

  public static WireMockExtension create() {
    return WireMockExtension.newInstance()
        .options(
            com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .enableBrowserProxying(true))
        .failOnUnmatchedRequests(true)
        .build();
  }

  /** Fails when a stub was registered and never matched. */
  public static void verifyAllStubsUsed(WireMockExtension wm) {
    List<LoggedRequest> unmatched = wm.findAllUnmatchedRequests();
    assertThat(unmatched).as("requests no stub matched").isEmpty();
    Set<UUID> used = new HashSet<>();
    for (ServeEvent event : wm.getAllServeEvents()) {
      if (event.getStubMapping() != null) {
        used.add(event.getStubMapping().getId());
      }
    }
    List<String> unused =
        wm.getStubMappings().stream()
            .filter(s -> !used.contains(s.getId()))
            .map(StubMapping::toString)
            .collect(Collectors.toList());
    assertThat(unused).as("stubs never used").isEmpty();
  }
}
