package io.github.webex4j.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses RFC 8288 {@code Link} header values: several links per header and several headers, quoted
 * or bare parameters, a {@code rel} holding several space-separated types, and commas or semicolons
 * inside the {@code <...>} target.
 */
public final class LinkHeader {
  private LinkHeader() {}

  /**
   * Finds the target of the first link whose {@code rel} contains {@code next}.
   *
   * @param headerValues all {@code Link} header values of a response, possibly empty
   * @return the target exactly as sent (not resolved, not re-encoded)
   */
  public static Optional<String> next(List<String> headerValues) {
    for (String value : headerValues) {
      Optional<String> found = findRel(value, "next");
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  static Optional<String> findRel(String header, String wanted) {
    int i = 0;
    int n = header.length();
    while (i < n) {
      int open = header.indexOf('<', i);
      if (open < 0) {
        return Optional.empty();
      }
      int close = header.indexOf('>', open + 1);
      if (close < 0) {
        return Optional.empty();
      }
      String target = header.substring(open + 1, close).trim();
      i = close + 1;
      boolean matches = false;
      // parameters until the next ',' outside quotes
      while (i < n) {
        char c = header.charAt(i);
        if (c == ',') {
          i++;
          break;
        }
        if (c != ';') {
          i++;
          continue;
        }
        i++;
        int eq = indexOutsideQuotes(header, i, '=');
        int end = paramEnd(header, i);
        if (eq < 0 || eq > end) {
          i = end;
          continue;
        }
        String name = header.substring(i, eq).trim().toLowerCase(Locale.ROOT);
        String raw = header.substring(eq + 1, end).trim();
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
          raw = raw.substring(1, raw.length() - 1);
        }
        if (name.equals("rel")) {
          for (String rel : raw.trim().split("\\s+")) {
            if (rel.equalsIgnoreCase(wanted)) {
              matches = true;
            }
          }
        }
        i = end;
      }
      if (matches) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }

  private static int paramEnd(String s, int from) {
    boolean quoted = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ';' || c == ',')) {
        return i;
      }
    }
    return s.length();
  }

  private static int indexOutsideQuotes(String s, int from, char wanted) {
    boolean quoted = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == wanted) {
        return i;
      } else if (!quoted && (c == ';' || c == ',')) {
        return -1;
      }
    }
    return -1;
  }
}
