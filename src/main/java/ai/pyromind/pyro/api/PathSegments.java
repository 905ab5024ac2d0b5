package ai.pyromind.pyro.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An id goes out as exactly one path segment: never empty or a dot segment (which the server would
 * resolve to the parent), and never holding a delimiter, an escape, a space or a control character
 * (which would change what the path means, even percent-encoded, behind a proxy).
 */
public final class PathSegments {
  private PathSegments() {}

  /** The segment percent-encoded; an unsafe one throws {@link UnsafeIdException}. */
  static String encode(String segment) {
    return URLEncoder.encode(requireSafe(segment), StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The segment itself if it is safe to send as one; otherwise {@link UnsafeIdException}. */
  public static String requireSafe(String segment) {
    boolean unsafe =
        segment == null
            || segment.isEmpty()
            || segment.equals(".")
            || segment.equals("..")
            || segment.codePoints().anyMatch(PathSegments::unsafe);
    if (unsafe) {
      throw new UnsafeIdException(
          "invalid id '"
              + segment
              + "' (an id is not empty, '.' or '..', and holds no '/', '\\', '?', '#', '%',"
              + " spaces or control characters)");
    }
    return segment;
  }

  private static boolean unsafe(int c) {
    return "/\\?#%".indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isISOControl(c);
  }
}
