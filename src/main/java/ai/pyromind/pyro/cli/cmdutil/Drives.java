package ai.pyromind.pyro.cli.cmdutil;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API endpoints a command calls, as the API document writes them ({@code GET
 * /api/v1/sandboxes/{sandbox_id}}); a test checks that every documented endpoint has a command.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Drives {
  String[] value();
}
