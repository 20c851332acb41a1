package io.github.webex4j.internal;

import io.github.webex4j.WebexConfigurationException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file: {@code KEY=VALUE} lines; blank lines and {@code #} comments skipped;
 * an optional {@code export } prefix; values optionally in single quotes (literal) or double quotes
 * (with {@code \"}, {@code \\}, {@code \n} escapes); a {@code #} after whitespace starts a comment
 * in unquoted values; CRLF line endings and a UTF-8 BOM accepted. Errors name the file and line
 * number, never the line's content (it may hold a token).
 */
public final class DotEnv {
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

  private DotEnv() {}

  /**
   * @param file the file; a missing file gives an empty map
   * @return keys and values in file order (a later duplicate wins)
   * @throws WebexConfigurationException if the file exists but cannot be read, or a line is
   *     malformed
   */
  public static Map<String, String> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (MalformedInputException e) {
      throw new WebexConfigurationException(file + " is not valid UTF-8", null);
    } catch (IOException e) {
      throw new WebexConfigurationException(
          file + " could not be read (" + e.getClass().getSimpleName() + ")", null);
    }
    return parse(text, file.toString());
  }

  /**
   * Parses {@code .env} content.
   *
   * @param source name used in error messages
   * @throws WebexConfigurationException naming the first malformed line
   */
  public static Map<String, String> parse(String text, String source) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Map<String, String> values = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.startsWith("export ") || trimmed.startsWith("export\t")) {
        trimmed = trimmed.substring("export".length()).strip();
      }
      int eq = trimmed.indexOf('=');
      if (eq <= 0) {
        throw malformed(source, i + 1, "expected KEY=VALUE");
      }
      String key = trimmed.substring(0, eq).strip();
      if (!KEY.matcher(key).matches()) {
        throw malformed(source, i + 1, "invalid key");
      }
      String value = value(trimmed.substring(eq + 1).strip(), source, i + 1);
      values.put(key, value);
    }
    return values;
  }

  private static String value(String raw, String source, int line) {
    if (raw.isEmpty()) {
      return "";
    }
    char first = raw.charAt(0);
    if (first == '\'' || first == '"') {
      StringBuilder out = new StringBuilder();
      int i = 1;
      boolean closed = false;
      while (i < raw.length()) {
        char c = raw.charAt(i);
        if (c == first) {
          closed = true;
          i++;
          break;
        }
        if (first == '"' && c == '\\' && i + 1 < raw.length()) {
          char next = raw.charAt(i + 1);
          out.append(next == 'n' ? '\n' : next);
          i += 2;
          continue;
        }
        out.append(c);
        i++;
      }
      String rest = raw.substring(i).strip();
      if (!closed || !(rest.isEmpty() || rest.startsWith("#"))) {
        throw malformed(source, line, "unterminated or trailing text after quoted value");
      }
      return out.toString();
    }
    int comment = -1;
    for (int i = 1; i < raw.length(); i++) {
      if (raw.charAt(i) == '#' && Character.isWhitespace(raw.charAt(i - 1))) {
        comment = i;
        break;
      }
    }
    return (comment < 0 ? raw : raw.substring(0, comment)).strip();
  }

  private static WebexConfigurationException malformed(String source, int line, String why) {
    return new WebexConfigurationException(
        source + " line " + line + " is malformed (" + why + "); the line is not shown", null);
  }
}
