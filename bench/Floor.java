import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** The floor of `pyro sandbox list -o json`: the same GET, then the body through Jackson's generator. */
public class Floor {
  public static void main(String[] args) throws Exception {
    SSLContext noTls = new SSLContext(null, null, "none") {}; // plain HTTP: no TLS set up at all
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .sslContext(noTls).sslParameters(new SSLParameters()).build();
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
