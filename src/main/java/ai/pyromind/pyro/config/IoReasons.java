package ai.pyromind.pyro.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why a file operation failed, in words: Java's exceptions often carry only a path ({@code
 * AccessDeniedException: /home/me/.config/pyro}), which says nothing to the user.
 */
final class IoReasons {
  private IoReasons() {}

  static String of(IOException e, Path subject) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      reason = "no such file or directory";
    } else if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
      reason = "not a directory";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      reason = fs.getReason().toLowerCase(java.util.Locale.ROOT);
    } else if (e.getMessage() != null) {
      reason = e.getMessage();
    } else {
      reason = e.getClass().getSimpleName();
    }
    String where = e instanceof FileSystemException fs ? fs.getFile() : null;
    if (where != null && !where.equals(String.valueOf(subject))) {
      reason += " (" + where + ")";
    }
    int newline = reason.indexOf('\n');
    return newline < 0 ? reason : reason.substring(0, newline);
  }
}
