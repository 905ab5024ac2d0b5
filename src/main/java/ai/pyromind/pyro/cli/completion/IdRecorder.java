package ai.pyromind.pyro.cli.completion;

import ai.pyromind.pyro.api.AnswerListener;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.cli.cmdutil.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the {@link IdCache} fresh from what the server answers during a run, whichever command
 * asked: a whole unfiltered list replaces the ids and names and stamps them fresh; a part of them
 * (a filtered list or a page, a get, a create, a delete) only corrects a file there is, keeping its
 * stamp and mtime. Written once, when the run is over; never fails a command.
 */
public final class IdRecorder implements AnswerListener {
  private static final List<Map.Entry<String, String>> NO_PARAMS = List.of();
  private final Context ctx;
  private final Change[] changes = new Change[IdKind.values().length];

  /** The config file's mtime when the first answer came (its token was read before), or null. */
  private FileTime config;

  private boolean answeredOnce;

  /** What a run learnt of one kind. */
  private static final class Change {
    boolean whole;
    final Map<String, String> seen = new LinkedHashMap<>();
    final Set<String> gone = new LinkedHashSet<>();
  }

  public IdRecorder(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public void answered(String method, String path, Query query, JsonNode data) {
    try {
      if (!answeredOnce) {
        answeredOnce = true;
        config = IdCache.modified(ctx.configStore().path());
      }
      String bare = path.indexOf('?') < 0 ? path : path.substring(0, path.indexOf('?'));
      for (IdKind kind : IdKind.values()) {
        if (bare.equals(kind.listPath)) {
          if (method.equals("GET")) {
            listed(kind, query, data);
          } else if (method.equals("POST")) {
            seen(kind, data);
          }
        } else if (bare.startsWith(kind.listPath)
            && bare.length() > kind.listPath.length()
            && bare.charAt(kind.listPath.length()) == '/') {
          String id = bare.substring(kind.listPath.length() + 1);
          if (id.indexOf('/') >= 0) {
            continue;
          }
          if (method.equals("DELETE")) {
            Change change = change(kind);
            change.seen.remove(id);
            change.gone.add(id);
          } else {
            seen(kind, data);
          }
        }
      }
    } catch (RuntimeException e) {
      // the cache is a convenience: what cannot be read from an answer is left out
    }
  }

  private void listed(IdKind kind, Query query, JsonNode data) {
    JsonNode items = data.path(kind.itemsField);
    if (!items.isArray()) {
      return;
    }
    long total = data.path("total").asLong(-1);
    boolean firstPage = true;
    boolean filtered = false;
    int pageSize = -1;
    for (Map.Entry<String, String> p : query == null ? NO_PARAMS : query.params()) {
      switch (p.getKey()) {
        case "page" -> firstPage = p.getValue().equals("1");
        case "page_size" -> pageSize = Integer.parseInt(p.getValue());
        default -> filtered = true;
      }
    }
    boolean all = total >= 0 ? items.size() >= total : items.size() < pageSize;
    // as whole as completion gets: all of them, or a first page as large as __complete asks for
    boolean whole = firstPage && !filtered && (all || pageSize >= CompleteIds.PAGE_SIZE);
    Change change = change(kind);
    if (whole) {
      change.whole = true;
      change.seen.clear();
      change.gone.clear();
    }
    for (JsonNode item : items) {
      seen(kind, item);
    }
  }

  private void seen(IdKind kind, JsonNode item) {
    String id = item.path(kind.idField).asText(null);
    if (IdCache.looksLikeAnId(id)) {
      String name = item.path("name").asText("");
      Change change = change(kind);
      change.gone.remove(id);
      change.seen.put(id, IdCache.looksLikeAnId(name) ? name : "");
    }
  }

  private Change change(IdKind kind) {
    if (changes[kind.ordinal()] == null) {
      changes[kind.ordinal()] = new Change();
    }
    return changes[kind.ordinal()];
  }

  @Override
  public void finish() {
    IdCache cache = null;
    CacheKey key = null;
    if (answeredOnce && !Objects.equals(config, IdCache.modified(ctx.configStore().path()))) {
      return; // the config changed during the run: whose ids these are is not clear
    }
    for (IdKind kind : IdKind.values()) {
      Change change = changes[kind.ordinal()];
      if (change == null) {
        continue;
      }
      if (cache == null) {
        cache = IdCache.in(ctx.env().vars());
        key = CacheKey.of(ctx.env().vars(), ctx.namedProfile(), ctx.namedApiUrl());
      }
      Path file = cache.file(kind, key);
      try {
        if (change.whole) {
          cache.write(file, change.seen, ctx.now(), config);
          continue;
        }
        IdCache.Held held = cache.held(file);
        if (held.stamp() == null) {
          continue; // a part of the ids, alone, would pass for all of them until it went stale
        }
        Map<String, String> ids = new LinkedHashMap<>(held.ids());
        for (String id : change.gone) {
          ids.remove(id);
        }
        ids.putAll(change.seen);
        cache.update(file, ids, held);
      } catch (IOException | RuntimeException e) {
        // no cache: completion asks pyro instead
      }
    }
  }
}
