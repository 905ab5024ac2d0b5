package ai.pyromind.pyro.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The config file's content: a current profile and named profiles, each a flat map of settings.
 *
 * <pre>
 * current_profile: default
 * profiles:
 *   default:
 *     api_url: https://pyromind.ai
 *     token: ...
 * </pre>
 */
public final class Config {
  public static final String DEFAULT_PROFILE = "default";
  private final ObjectNode root;

  public Config(ObjectNode root) {
    this.root = root;
  }

  ObjectNode root() {
    return root;
  }

  /** The profile named in the file, else {@code default}. */
  public String currentProfile() {
    String name = root.path("current_profile").asText("");
    return name.isBlank() ? DEFAULT_PROFILE : name;
  }

  public void currentProfile(String name) {
    root.put("current_profile", name);
  }

  public boolean hasProfile(String name) {
    return root.path("profiles").path(name).isObject();
  }

  public List<String> profileNames() {
    List<String> names = new ArrayList<>();
    root.path("profiles").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A setting of a profile, or null when unset. */
  public String get(String profile, String key) {
    JsonNode value = root.path("profiles").path(profile).path(key);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  public void set(String profile, String key, String value) {
    profileForWrite(profile).put(key, value);
  }

  /** Removes a setting; returns whether it was there. */
  public boolean unset(String profile, String key) {
    JsonNode profileNode = root.path("profiles").path(profile);
    return profileNode instanceof ObjectNode object && object.remove(key) != null;
  }

  /** Removes a whole profile; returns whether it was there. */
  public boolean removeProfile(String name) {
    JsonNode profiles = root.path("profiles");
    return profiles instanceof ObjectNode object && object.remove(name) != null;
  }

  /** The settings of a profile in file order, as key/value pairs. */
  public List<String[]> settings(String profile) {
    List<String[]> out = new ArrayList<>();
    Iterator<String> keys = root.path("profiles").path(profile).fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      out.add(new String[] {key, get(profile, key)});
    }
    return out;
  }

  private ObjectNode profileForWrite(String profile) {
    ObjectNode profiles =
        root.get("profiles") instanceof ObjectNode p ? p : root.putObject("profiles");
    return profiles.get(profile) instanceof ObjectNode p ? p : profiles.putObject(profile);
  }
}
