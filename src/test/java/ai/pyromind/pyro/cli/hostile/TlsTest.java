package ai.pyromind.pyro.cli.hostile;

import static ai.pyromind.pyro.testing.HostileServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.HostileServer;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A server whose certificate is signed by a CA the JVM does not know (a self-made test CA). */
@Timeout(60)
class TlsTest {
  @TempDir Path home;
  private HostileServer server;
  private Path caFile;

  @BeforeEach
  void start() throws Exception {
    server = HostileServer.tls(request -> ok(Fixtures.SANDBOX_DETAIL));
    caFile = home.resolve("ca.pem");
    try (InputStream in = getClass().getResourceAsStream("/tls/ca.pem")) {
      Files.copy(in, caFile);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PyroRun pyro() {
    return new PyroRun(home)
        .env("PYRO_API_URL", server.url())
        .env("PYRO_TOKEN", "pm_test_0123456789abcdef");
  }

  @Test
  void anUntrustedCertificateIsNamedAndNotRetried() {
    PyroRun.Result r = pyro().run("sandbox", "get", "sbx_1", "--retries", "3");
    assertThat(r.code()).as(r.toString()).isEqualTo(6);
    assertThat(r.err())
        .isEqualTo(
            "error: certificate not trusted for 127.0.0.1 (give its CA with --ca-file FILE or"
                + " the config key ca_file, or a trust store in JAVA_TOOL_OPTIONS)\n");
    assertThat(server.connections()).isEqualTo(1);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theCaFileOptionTrustsTheServer() {
    PyroRun.Result r =
        pyro().run("--ca-file", caFile.toString(), "sandbox", "get", "sbx_1", "-o", "id");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("sbx_987654321\n");
    assertThat(server.requests().get(0).header("authorization"))
        .isEqualTo("Bearer pm_test_0123456789abcdef");
  }

  @Test
  void theCaFileConfigKeyTrustsTheServer() throws Exception {
    Files.writeString(
        home.resolve("config.yaml"), "profiles:\n  default:\n    ca_file: " + caFile + "\n");
    PyroRun.Result r = pyro().run("sandbox", "get", "sbx_1", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
  }

  @Test
  void aMissingCaFileSaysWhyAndWhereItWasSet() throws Exception {
    Path nope = home.resolve("nope.pem");
    PyroRun.Result option = pyro().run("--ca-file", nope.toString(), "sandbox", "get", "x");
    assertThat(option.code()).as(option.toString()).isEqualTo(2);
    assertThat(option.err())
        .isEqualTo("error: cannot read CA file " + nope + ": no such file (set in --ca-file)\n");
    writeConfig("profiles:\n  default:\n    ca_file: " + nope + "\n");
    PyroRun.Result config = pyro().run("sandbox", "get", "x");
    assertThat(config.code()).as(config.toString()).isEqualTo(2);
    assertThat(config.err())
        .isEqualTo(
            "error: cannot read CA file "
                + nope
                + ": no such file (set in config key ca_file of profile default)\n");
    assertThat(server.connections()).isZero();
  }

  /** kubectl's certificate-authority is not read for an http:// server: no TLS, no CA to trust. */
  @Test
  void aPlainHttpServerNeedsNoCaFile() throws Exception {
    writeConfig("profiles:\n  default:\n    ca_file: " + home.resolve("nope.pem") + "\n");
    try (HostileServer plain = HostileServer.start(request -> ok(Fixtures.SANDBOX_DETAIL))) {
      PyroRun.Result r =
          pyro().env("PYRO_API_URL", plain.url()).run("sandbox", "get", "sbx_1", "-o", "id");
      assertThat(r.code()).as(r.toString()).isZero();
      assertThat(r.out()).isEqualTo("sbx_987654321\n");
      assertThat(r.err()).isEmpty();
    }
  }

  private void writeConfig(String yaml) throws Exception {
    Path config = Files.writeString(home.resolve("config.yaml"), yaml);
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void anUnreadableCaFileIsAUsageError() {
    PyroRun.Result missing =
        pyro().run("--ca-file", home.resolve("nope.pem").toString(), "sandbox", "get", "x");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).startsWith("error: cannot read CA file ").hasLineCount(1);
    assertThat(server.connections()).isZero();
  }
}
