package ai.pyromind.pyro.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size limit, counted on the bytes the client hands over (after
 * gzip is undone), and can be aborted from another thread: over the limit or on abort the
 * subscription is cancelled, which closes the connection.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The body went past the limit. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("response too large");
    }
  }

  /** Hands out one {@link BoundedBody} per response and remembers it for {@link #abort()}. */
  static final class Handler implements HttpResponse.BodyHandler<byte[]> {
    private final long limit;
    private volatile BoundedBody current;
    private volatile boolean aborted;

    Handler(long limit) {
      this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
      BoundedBody body = new BoundedBody(limit);
      current = body;
      if (aborted) {
        body.abort(new IOException("aborted"));
      }
      return body;
    }

    void abort() {
      aborted = true;
      BoundedBody body = current;
      if (body != null) {
        body.abort(new IOException("aborted"));
      }
    }
  }

  private final long limit;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;

  BoundedBody(long limit) {
    this.limit = limit;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (result.isDone()) {
      s.cancel();
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      if (result.isDone()) {
        return;
      }
      if ((long) bytes.size() + buffer.remaining() > limit) {
        abort(new TooLarge());
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  void abort(Throwable why) {
    result.completeExceptionally(why);
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
