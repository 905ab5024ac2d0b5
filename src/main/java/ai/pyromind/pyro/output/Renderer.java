package ai.pyromind.pyro.output;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** One renderer for table, wide, json, yaml and id, fed by a resource's {@link View}. */
public final class Renderer {
  private final Output out;
  private final OutputFormat format;
  private final JqFilter jq;
  private final boolean headers;
  private final Supplier<Instant> clock;
  private List<Column> customColumns;

  public Renderer(
      Output out, OutputFormat format, JqFilter jq, boolean headers, Supplier<Instant> clock) {
    this.out = out;
    this.format = jq != null ? OutputFormat.JSON : format;
    this.jq = jq;
    this.headers = headers;
    this.clock = clock;
  }

  /** Tables show these columns instead of the view's ({@code -o custom-columns=...}). */
  public void customColumns(List<Column> columns) {
    this.customColumns = columns;
  }

  public OutputFormat format() {
    return format;
  }

  /** Whether the result goes out as data a program reads (json, yaml, jq, id). */
  public boolean isMachineReadable() {
    return format != OutputFormat.TABLE && format != OutputFormat.WIDE;
  }

  /** Whether stdout gets each object whole (-o json or -o yaml without --jq). */
  public boolean printsWholeObjects() {
    return format.isStructured() && jq == null;
  }

  /** One resource as a table row (json/yaml: as it came). */
  public void row(View view, JsonNode item) {
    ListWriter list = list(view);
    if (format == OutputFormat.TABLE || format == OutputFormat.WIDE || format == OutputFormat.ID) {
      list.page(List.of(item));
      list.finish();
    } else {
      value(item);
    }
  }

  /**
   * One resource in detail: key/value on a terminal with -o table, else as {@link #row}, piped
   * tables followed by the view's {@link Section}s.
   */
  public void detail(View view, JsonNode item) {
    if (customColumns != null && format == OutputFormat.TABLE) {
      row(view, item);
      return;
    }
    if (format == OutputFormat.TABLE && out.terminal()) {
      new DetailWriter(out, view.masked(), clock.get()).write(item);
      return;
    }
    row(view, item);
    if (format == OutputFormat.TABLE || format == OutputFormat.WIDE) {
      view.sections().forEach(s -> s.write(out.data(), item, headers));
      out.data().flush();
    }
  }

  /** Any JSON value as it is: YAML with -o yaml, jq's results with --jq, else pretty JSON. */
  public void value(JsonNode value) {
    if (jq != null) {
      for (JsonNode result : jq.apply(value)) {
        out.data().println(jqText(result));
      }
      out.data().flush();
      return;
    }
    if (format == OutputFormat.YAML) {
      out.data().print(Json.yaml(value));
    } else {
      out.data().println(Json.pretty(value, out.terminal()));
    }
    out.data().flush();
  }

  /**
   * One object of a stream ({@code logs -o json}: one a line): compact JSON, or, with {@code --jq},
   * the expression's results for this object, as jq reads a stream of objects.
   */
  public void streamed(JsonNode item) {
    if (jq == null && format == OutputFormat.YAML) {
      // the next item of one YAML list
      try {
        Json.yamlListItem(out.data(), item);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    if (jq == null) {
      out.data().println(Json.compact(item, out.terminal()));
      return;
    }
    for (JsonNode result : jq.apply(item)) {
      out.data().println(jqText(result));
    }
  }

  /** A jq result: strings raw (control characters neutralised on a terminal), else compact JSON. */
  private String jqText(JsonNode result) {
    if (!result.isTextual()) {
      return Json.compact(result, out.terminal());
    }
    return out.terminal() ? Sanitizer.block(result.asText()) : result.asText();
  }

  /** A list written page by page, so memory stays flat however long it is. */
  public ListWriter list(View view) {
    return new ListWriter(view);
  }

  /** Receives the pages of a list and writes each as it comes. */
  public final class ListWriter {
    private final View view;
    private TableWriter table;
    private JsonGenerator generator;
    private ArrayNode collected;
    private boolean anyYaml;

    private ListWriter(View view) {
      this.view = view;
    }

    public void page(List<JsonNode> items) {
      try {
        if (jq != null) {
          if (collected == null) {
            collected = Json.array();
          }
          collected.addAll(items);
        } else {
          switch (format) {
            case JSON -> writeJson(items);
            case YAML -> writeYaml(items);
            case ID ->
                items.forEach(
                    i -> out.data().println(Sanitizer.line(Column.text(i.path(view.idField())))));
            default -> table().write(items);
          }
        }
        out.data().flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public void finish() {
      try {
        if (jq != null) {
          value(collected == null ? Json.array() : collected);
          return;
        }
        if (format == OutputFormat.JSON) {
          generator().writeEndArray();
          generator.flush();
          out.data().println();
        } else if (format == OutputFormat.YAML && !anyYaml) {
          out.data().println("[]");
        }
        out.data().flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void writeJson(List<JsonNode> items) throws IOException {
      JsonGenerator g = generator();
      for (JsonNode item : items) {
        Json.write(g, item);
      }
      g.flush();
    }

    private void writeYaml(List<JsonNode> items) throws IOException {
      for (JsonNode item : items) {
        Json.yamlListItem(out.data(), item);
        anyYaml = true;
      }
    }

    private JsonGenerator generator() throws IOException {
      if (generator == null) {
        generator = Json.jsonGenerator(out.data(), out.terminal());
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.writeStartArray();
      }
      return generator;
    }

    private TableWriter table() {
      if (table == null) {
        List<Column> columns = new ArrayList<>();
        for (Column c : customColumns != null ? customColumns : view.columns()) {
          if (!c.wide() || format == OutputFormat.WIDE) {
            columns.add(c);
          }
        }
        table = new TableWriter(out, columns, headers, clock.get());
      }
      return table;
    }
  }
}
