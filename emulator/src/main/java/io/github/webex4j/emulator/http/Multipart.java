package io.github.webex4j.emulator.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A strict {@code multipart/form-data} parser (RFC 7578) for message uploads. It works on a {@link
 * ByteBuffer}, so a large body spilled to a file can be parsed through a memory mapping without
 * copying it to the heap; file parts are slices of that buffer. Every malformed input gives a 400
 * {@link ApiException}; it never throws anything else.
 */
public final class Multipart {
  private static final int MAX_PARTS = 32;

  private Multipart() {}

  /**
   * One file part.
   *
   * @param field the form field name
   * @param filename the file name sent by the client
   * @param contentType the part's media type ({@code application/octet-stream} when absent)
   * @param content the content: a read-only slice of the parsed body, valid while the body is kept
   * @param offset where the content starts in the parsed body
   */
  public record FilePart(
      String field, String filename, String contentType, ByteBuffer content, int offset) {
    /** The size in bytes. */
    public int size() {
      return content.remaining();
    }

    /** A copy of the content. */
    public byte[] bytes() {
      byte[] out = new byte[content.remaining()];
      content.duplicate().get(out);
      return out;
    }
  }

  /**
   * A parsed body: text fields (first value wins) and file parts in order.
   *
   * @param fields text fields by name
   * @param files file parts
   */
  public record Body(Map<String, String> fields, List<FilePart> files) {}

  /**
   * Parses {@code body} sent with the {@code Content-Type} header {@code contentType}.
   *
   * @throws ApiException 400 for a missing boundary or a malformed body
   */
  public static Body parse(String contentType, byte[] body) {
    return parse(contentType, ByteBuffer.wrap(body));
  }

  /**
   * Parses the bytes of {@code body} from index 0 to its limit.
   *
   * @throws ApiException 400 for a missing boundary or a malformed body
   */
  public static Body parse(String contentType, ByteBuffer body) {
    byte[] delimiter = ("--" + boundary(contentType)).getBytes(StandardCharsets.ISO_8859_1);
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw bad("the opening boundary is missing");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    List<FilePart> files = new ArrayList<>();
    int parts = 0;
    while (true) {
      pos += delimiter.length;
      if (startsWith(body, pos, "--")) {
        return new Body(fields, files);
      }
      if (!startsWith(body, pos, "\r\n")) {
        throw bad("a boundary is not followed by CRLF");
      }
      pos += 2;
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
      if (headerEnd < 0) {
        throw bad("a part has no header terminator");
      }
      Map<String, String> headers = headers(latin1(body, pos, headerEnd));
      int contentStart = headerEnd + 4;
      byte[] next =
          ("\r\n--" + new String(delimiter, 2, delimiter.length - 2, StandardCharsets.ISO_8859_1))
              .getBytes(StandardCharsets.ISO_8859_1);
      int contentEnd = indexOf(body, next, contentStart);
      if (contentEnd < 0) {
        throw bad("the closing boundary is missing");
      }
      if (++parts > MAX_PARTS) {
        throw bad("too many parts");
      }
      addPart(headers, contentStart, slice(body, contentStart, contentEnd), fields, files);
      pos = contentEnd + 2;
    }
  }

  private static void addPart(
      Map<String, String> headers,
      int offset,
      ByteBuffer content,
      Map<String, String> fields,
      List<FilePart> files) {
    String disposition = headers.get("content-disposition");
    if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
      throw bad("a part lacks Content-Disposition: form-data");
    }
    Map<String, String> params = dispositionParams(disposition);
    String name = params.get("name");
    if (name == null || name.isEmpty()) {
      throw bad("a part has no name");
    }
    String filename = params.get("filename");
    if (filename != null) {
      String type = headers.getOrDefault("content-type", "application/octet-stream").trim();
      files.add(new FilePart(name, filename.isEmpty() ? "file" : filename, type, content, offset));
    } else {
      byte[] value = new byte[content.remaining()];
      content.duplicate().get(value);
      fields.putIfAbsent(name, Utf8.decode(value, "multipart field '" + name + "'"));
    }
  }

  private static String boundary(String contentType) {
    if (contentType != null) {
      for (String param : contentType.split(";")) {
        String p = param.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
          String b = unquote(p.substring("boundary=".length()).trim());
          if (!b.isEmpty() && b.length() <= 200) {
            return b;
          }
        }
      }
    }
    throw bad("the Content-Type has no boundary");
  }

  private static Map<String, String> headers(String block) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : block.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw bad("a part header is malformed");
      }
      headers.put(
          line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
    return headers;
  }

  private static Map<String, String> dispositionParams(String disposition) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String param : disposition.split(";")) {
      int eq = param.indexOf('=');
      if (eq > 0) {
        params.put(
            param.substring(0, eq).trim().toLowerCase(Locale.ROOT),
            new String(
                unquote(param.substring(eq + 1).trim()).getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static String latin1(ByteBuffer data, int from, int to) {
    byte[] bytes = new byte[to - from];
    data.slice(from, to - from).get(bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static boolean startsWith(ByteBuffer data, int pos, String ascii) {
    if (pos + ascii.length() > data.limit()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (data.get(pos + i) != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(ByteBuffer data, byte[] pattern, int from) {
    byte first = pattern[0];
    outer:
    for (int i = Math.max(from, 0); i <= data.limit() - pattern.length; i++) {
      if (data.get(i) != first) {
        continue;
      }
      for (int j = 1; j < pattern.length; j++) {
        if (data.get(i + j) != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static ByteBuffer slice(ByteBuffer data, int from, int to) {
    return data.slice(from, to - from).asReadOnlyBuffer();
  }

  private static ApiException bad(String why) {
    return ApiException.badRequest("Malformed multipart/form-data body: " + why + ".");
  }
}
