package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Blob;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.SpillDirectory;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One authenticated request as handlers see it. Paths are relative to the API root ({@code
 * /rooms/abc} for {@code /v1/rooms/abc}); query values are decoded.
 */
public final class ApiRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final ByteBuffer spilled;
  private final SpilledBody spilledFile;
  private final String baseUrl;
  private final Person caller;
  private final Map<String, String> pathParams;

  ApiRequest(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      byte[] body,
      ByteBuffer spilled,
      SpilledBody spilledFile,
      String baseUrl,
      Person caller,
      Map<String, String> pathParams) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.spilled = spilled;
    this.spilledFile = spilledFile;
    this.baseUrl = baseUrl;
    this.caller = caller;
    this.pathParams = pathParams;
  }

  private ApiRequest(ApiRequest base, Map<String, String> pathParams) {
    this.method = base.method;
    this.path = base.path;
    this.query = base.query;
    this.headers = base.headers;
    this.body = base.body;
    this.spilled = base.spilled;
    this.spilledFile = base.spilledFile;
    this.baseUrl = base.baseUrl;
    this.caller = base.caller;
    this.pathParams = Map.copyOf(pathParams);
  }

  ApiRequest withPathParams(Map<String, String> params) {
    return new ApiRequest(this, params);
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The path below the API root, e.g. {@code /rooms/abc}. */
  public String path() {
    return path;
  }

  /**
   * The authenticated caller; never null, except on routes registered with {@link Router#anonymous}
   * when the request carries no known emulator token.
   */
  public Person caller() {
    return caller;
  }

  /**
   * The absolute API root as the client addressed it, built from the {@code Host} header, e.g.
   * {@code http://127.0.0.1:8900/v1}.
   */
  public String baseUrl() {
    return baseUrl;
  }

  /** A path parameter from the route pattern ({@code {roomId}}). */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** All decoded query parameters in order. */
  public Map<String, List<String>> queryParams() {
    return query;
  }

  /** The first value of query parameter {@code name}, or null (empty values count as absent). */
  public String query(String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
      return null;
    }
    return values.get(0);
  }

  /** A query parameter that must be present. */
  public String requiredQuery(String name) {
    String value = query(name);
    if (value == null) {
      throw ApiException.badRequest("Required parameter '" + name + "' is not present.");
    }
    return value;
  }

  /** An ISO-8601 instant query parameter, or null; 400 naming the parameter when malformed. */
  public Instant instantQuery(String name) {
    String value = query(name);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("Invalid value for parameter '" + name + "': " + value);
    }
  }

  /** A boolean query parameter, parsed case-insensitively, or null. */
  public Boolean booleanQuery(String name) {
    String value = query(name);
    if (value == null) {
      return null;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (!lower.equals("true") && !lower.equals("false")) {
      throw ApiException.badRequest("Invalid value for parameter '" + name + "': " + value);
    }
    return Boolean.parseBoolean(lower);
  }

  /** The first value of request header {@code name} (case-insensitive), or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  /** The media type of the body without parameters, lower case, or null. */
  public String mediaType() {
    String type = header("Content-Type");
    if (type == null) {
      return null;
    }
    int semi = type.indexOf(';');
    return (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The raw body bytes (not copied); empty for a large upload that was spilled to a file (read it
   * with {@link #bodyBuffer()}).
   */
  public byte[] rawBody() {
    return body;
  }

  /**
   * The whole body as a read-only buffer: a memory mapping of the spilled file for a large upload
   * (only {@code POST /messages} with {@code multipart/form-data}), else a view of {@link
   * #rawBody()}.
   */
  public ByteBuffer bodyBuffer() {
    return spilled != null ? spilled.duplicate() : ByteBuffer.wrap(body).asReadOnlyBuffer();
  }

  /**
   * The body as a JSON object.
   *
   * @throws ApiException 415 for a non-JSON content type, 400 for anything but a JSON object
   */
  public JsonBody json() {
    String type = mediaType();
    if (type != null && !type.equals("application/json") && !type.endsWith("+json")) {
      throw new ApiException(415, "Content type '" + type + "' not supported");
    }
    JsonNode node = JsonCodec.parse(body);
    if (!node.isObject()) {
      throw ApiException.badRequest("The request body must be a JSON object.");
    }
    return new JsonBody((ObjectNode) node);
  }

  /**
   * Keeps the content of {@code part}, a file part of this request's multipart body, as a blob the
   * caller owns. A part above {@link SpillDirectory#MEMORY_LIMIT} of a body spilled to disk is
   * handed over as its region of that file, without copying or writing (at most one part per
   * request); anything else is stored through {@code spill} (in memory up to the limit).
   *
   * @throws IllegalStateException when a second large part of the same body is kept
   */
  public Blob keep(Multipart.FilePart part, SpillDirectory spill) {
    if (spilledFile != null && part.size() > SpillDirectory.MEMORY_LIMIT) {
      return spilledFile.keep(spill, part.offset(), part.size());
    }
    return part.size() == 0 ? Blob.empty() : spill.store(part.content());
  }
}
