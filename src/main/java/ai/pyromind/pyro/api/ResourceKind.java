package ai.pyromind.pyro.api;

import java.util.regex.Pattern;

/**
 * The four kinds of resource the API serves, each described once: where it lives (collection, item
 * and action paths), how its ids look, what its list answer, statuses and list filter are called,
 * and the rule its names follow. Commands, views, name lookup, completion and the emulator take
 * these from here instead of writing them again.
 */
public enum ResourceKind {
  SANDBOX(
      "sandbox",
      "/sandboxes",
      "sandbox_id",
      "sbx_",
      "sandboxes",
      false,
      Pattern.compile("[A-Za-z0-9_-]{3,64}"),
      "running",
      "stopped",
      "error"),
  INSTANCE(
      "instance",
      "/instances",
      "instance_id",
      "jp_",
      "instances",
      false,
      null,
      "running",
      "paused",
      "stopped",
      "error"),
  INFERENCE_JOB(
      "inference job",
      "/inference",
      "job_id",
      "inf_",
      "jobs",
      true,
      null,
      "pending",
      "running",
      "success",
      "failed"),
  TRAINING_JOB(
      "training job",
      "/training/jobs",
      "job_id",
      "train_",
      "jobs",
      true,
      null,
      "pending",
      "running",
      "success",
      "failed",
      "canceled",
      "paused");

  private final String noun;
  private final String collection;
  private final String idField;
  private final String idPrefix;
  private final Pattern id;
  private final String listField;
  private final boolean job;
  private final Pattern name;
  private final String[] statuses;

  ResourceKind(
      String noun,
      String collection,
      String idField,
      String idPrefix,
      String listField,
      boolean job,
      Pattern name,
      String... statuses) {
    this.noun = noun;
    this.collection = collection;
    this.idField = idField;
    this.idPrefix = idPrefix;
    this.id = Pattern.compile(Pattern.quote(idPrefix) + "\\d+");
    this.listField = listField;
    this.job = job;
    this.name = name;
    this.statuses = statuses;
  }

  /** How messages name one: "sandbox", "training job". */
  public String noun() {
    return noun;
  }

  /** The collection's path: GET lists, POST creates. */
  public String collection() {
    return collection;
  }

  /** The path of one resource, followed by any sub-resource or action segments. */
  public String item(String id, String... more) {
    String[] segments = new String[more.length + 1];
    segments[0] = id;
    System.arraycopy(more, 0, segments, 1, more.length);
    return collection + ApiClient.path(segments);
  }

  /** The field that holds the id, in a resource and in the answers about it. */
  public String idField() {
    return idField;
  }

  /** The id with this number: {@code sbx_100000001}. */
  public String id(long number) {
    return idPrefix + number;
  }

  /** The number in an id of this kind. */
  public long idNumber(String id) {
    return Long.parseLong(id.substring(idPrefix.length()));
  }

  /** Whether the text has the form of this kind's ids ({@code sbx_123}), not of a name. */
  public boolean looksLikeId(String text) {
    return text != null && id.matcher(text).matches();
  }

  /** The field of a list answer that holds the page's items. */
  public String listField() {
    return listField;
  }

  /** Whether it is a job that runs to an end (success, failed...), not a machine that stays up. */
  public boolean isJob() {
    return job;
  }

  /** Whether names of this kind are unique, so a lookup by name can stop at the first match. */
  public boolean uniqueNames() {
    return !job;
  }

  /** The statuses the API documents for it, in the document's order. */
  public String[] statuses() {
    return statuses.clone();
  }

  /** Whether the name keeps the kind's name rule (kinds without one take any name). */
  public boolean validName(String text) {
    return name == null || (text != null && name.matcher(text).matches());
  }
}
