package io.github.webex4j.internal.services;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts a safe file name from a {@code Content-Disposition} header. */
final class ContentDisposition {
  static final String FALLBACK = "download";

  private static final Pattern EXTENDED =
      Pattern.compile("filename\\*\\s*=\\s*([^']*)'[^']*'([^;]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED =
      Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOKEN =
      Pattern.compile("filename\\s*=\\s*([^;\"\\s]+)", Pattern.CASE_INSENSITIVE);

  private ContentDisposition() {}

  /**
   * The file name ({@code filename*} preferred over {@code filename}), reduced to one path segment
   * without control characters; {@value #FALLBACK} if absent or unusable.
   *
   * @param header the header value, may be null
   */
  static String fileName(String header) {
    if (header == null) {
      return FALLBACK;
    }
    String name = null;
    Matcher extended = EXTENDED.matcher(header);
    if (extended.find()) {
      name = decodeExtended(extended.group(1), extended.group(2).trim());
    }
    if (name == null) {
      Matcher quoted = QUOTED.matcher(header);
      if (quoted.find()) {
        name = quoted.group(1).replaceAll("\\\\(.)", "$1");
      } else {
        Matcher token = TOKEN.matcher(header);
        if (token.find()) {
          name = token.group(1);
        }
      }
    }
    return safe(name);
  }

  private static String decodeExtended(String charset, String value) {
    if (!charset.isEmpty() && !charset.toUpperCase(Locale.ROOT).equals("UTF-8")) {
      return null;
    }
    try {
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Last path segment, control characters removed; never empty, {@code .} or {@code ..}. */
  static String safe(String name) {
    if (name == null) {
      return FALLBACK;
    }
    String segment = name;
    int slash = Math.max(segment.lastIndexOf('/'), segment.lastIndexOf('\\'));
    if (slash >= 0) {
      segment = segment.substring(slash + 1);
    }
    segment = segment.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
    if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
      return FALLBACK;
    }
    return segment;
  }
}
