package ai.pyromind.pyro.config;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;

/**
 * YAML aliases ({@code *name}) in the config: the YAML reader turns one into the plain string
 * {@code name}, so a profile built from an anchor would silently read wrong and be written back
 * flattened. pyro refuses such a file, saying so, rather than guess.
 */
final class YamlAliases {
  private YamlAliases() {}

  static void refuse(Path path, String text) {
    if (text.indexOf('*') < 0) {
      return;
    }
    try (YAMLParser parser = (YAMLParser) new YAMLFactory().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (parser.isCurrentAlias()) {
          throw new ConfigException(
              "config file "
                  + path
                  + " uses a YAML alias (*"
                  + parser.getText()
                  + "), which pyro does not support: write the values out in full");
        }
      }
    } catch (IOException e) {
      // the file was parsed once already; what fails here fails there
    }
  }
}
