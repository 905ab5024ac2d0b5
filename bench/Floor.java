import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.FileInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * The floor of `pyro sandbox list -o json`: the same GET, then the body through Jackson's
 * generator. Usage: Floor URL TOKEN [CA.pem] (over https, trusting only that CA, as --ca-file).
 */
public class Floor {
  public static void main(String[] args) throws Exception {
    SSLContext tls = new SSLContext(null, null, "none") {}; // plain HTTP: no TLS set up at all
    if (args.length > 2) {
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      try (FileInputStream in = new FileInputStream(args[2])) {
        trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trusted);
      tls = SSLContext.getInstance("TLS");
      tls.init(null, tmf.getTrustManagers(), null);
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .sslContext(tls).sslParameters(new SSLParameters()).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(args[0]))
        .header("Authorization", "Bearer " + args[1]).build();
    byte[] body = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    client.shutdownNow();
    JsonFactory json = new JsonFactory();
    try (JsonParser in = json.createParser(body);
        JsonGenerator out = json.createGenerator(System.out).useDefaultPrettyPrinter()) {
      in.nextToken();
      out.copyCurrentStructure(in);
    }
    System.out.println();
  }
}
