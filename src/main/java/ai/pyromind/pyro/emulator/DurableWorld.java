package ai.pyromind.pyro.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The world behind a journal. A change is applied under the lock (so the next one sees it) and
 * answered only once it is durable; no answer, not even a read, shows a change before it is on
 * disk. When a write fails, the world is rebuilt from what is on disk, so the failed change and
 * everything that was built on it are gone: the client's 500 means "nothing changed".
 */
final class DurableWorld implements Routes.Engine {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final int READ_ATTEMPTS = 3;
  private final Object lock = new Object();
  private final Supplier<World> empty;
  private final Supplier<Instant> clock;
  private final Journal journal;
  private World world;

  /** With a null journal, state lives in memory only. */
  DurableWorld(Supplier<World> empty, Supplier<Instant> clock, Journal journal) {
    this.empty = empty;
    this.clock = clock;
    this.journal = journal;
    this.world = empty.get();
  }

  /** Applies the journal's mutations; one that cannot be applied at all stops the start. */
  void replay(List<JournalReader.Line> lines, Path file) throws StartFailure {
    synchronized (lock) {
      world = rebuild(lines, file);
    }
  }

  private World rebuild(List<JournalReader.Line> lines, Path file) throws StartFailure {
    World rebuilt = empty.get();
    for (JournalReader.Line line : lines) {
      try {
        rebuilt.apply(line.mutation());
      } catch (EmulatorError e) {
        // a change the rules refuse now was refused when it was made: it is not in the state
      } catch (RuntimeException e) {
        throw JournalReader.damaged(file, line.number(), "cannot be applied (" + e + ")");
      }
    }
    return rebuilt;
  }

  @Override
  public Reply read(Function<World, Reply> reader) {
    for (int attempt = 1; ; attempt++) {
      Supplier<Reply> answer;
      CompletableFuture<Void> seen;
      synchronized (lock) {
        recoverFromFailedWrite();
        world.advance(clock.get());
        answer = outcome(() -> reader.apply(world));
        seen = journal == null ? DONE : journal.tail();
      }
      try {
        seen.join();
        return answer.get();
      } catch (CompletionException e) {
        if (attempt == READ_ATTEMPTS) {
          throw notPersisted(e);
        }
      }
    }
  }

  @Override
  public Reply mutate(Function<World, ObjectNode> builder) {
    Reply reply;
    CompletableFuture<Void> durable;
    synchronized (lock) {
      recoverFromFailedWrite();
      if (journal != null && journal.refusal() != null) {
        throw new EmulatorError(500, journal.refusal());
      }
      Instant at = clock.get();
      if (at.isBefore(world.now)) {
        at = world.now;
      }
      world.advance(at);
      ObjectNode mutation = builder.apply(world);
      mutation.put("at", at.toString());
      reply = world.apply(mutation);
      durable = journal == null ? DONE : journal.append(mutation);
    }
    try {
      durable.join();
    } catch (CompletionException e) {
      synchronized (lock) {
        recoverFromFailedWrite();
      }
      throw notPersisted(e);
    }
    return reply;
  }

  /** After a failed write, forgets every change that is not on disk. Call under the lock. */
  private void recoverFromFailedWrite() {
    if (journal == null || !journal.failed()) {
      return;
    }
    try {
      world = rebuild(journal.durable(), journal.file());
      journal.recovered();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal back: " + e.getMessage(), e);
    }
  }

  private static EmulatorError notPersisted(CompletionException e) {
    return new EmulatorError(500, "failed to persist the change: " + e.getCause().getMessage());
  }

  /** The reader's answer or its error, to be handed out once what it saw is durable. */
  private static Supplier<Reply> outcome(Supplier<Reply> read) {
    try {
      Reply reply = read.get();
      return () -> reply;
    } catch (EmulatorError e) {
      return () -> {
        throw e;
      };
    }
  }
}
