package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.store.Blob;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: status, content type, body and extra headers. Immutable apart from {@link
 * #header(String, String)}, which handlers call before returning.
 */
public final class ApiResponse {
  /** Writes a body as it is sent. */
  @FunctionalInterface
  public interface BodyWriter {
    /** Writes the whole body to {@code out} (which the caller closes). */
    void writeTo(OutputStream out) throws IOException;
  }

  /** The JSON media type every Webex JSON body carries. */
  public static final String JSON = "application/json;charset=UTF-8";

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Blob blob;
  private final BodyWriter writer;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private ApiResponse(int status, String contentType, byte[] body) {
    this(status, contentType, body, null);
  }

  private ApiResponse(int status, String contentType, byte[] body, Blob blob) {
    this(status, contentType, body, blob, null);
  }

  private ApiResponse(int status, String contentType, byte[] body, Blob blob, BodyWriter writer) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.blob = blob;
    this.writer = writer;
  }

  /** {@code status} with the content of {@code blob}, streamed (spilled files are not loaded). */
  public static ApiResponse blob(int status, String contentType, Blob blob) {
    return new ApiResponse(status, contentType, new byte[0], blob);
  }

  /**
   * {@code status} with a body {@code writer} produces while it is sent, chunked and outside the
   * world lock: for answers too large to build in memory. The writer must only read thread-safe
   * state.
   */
  public static ApiResponse streamed(int status, String contentType, BodyWriter writer) {
    return new ApiResponse(status, contentType, new byte[0], null, writer);
  }

  /** 200 with a JSON body. */
  public static ApiResponse ok(JsonNode json) {
    return json(200, json);
  }

  /** {@code status} with a JSON body. */
  public static ApiResponse json(int status, JsonNode json) {
    return new ApiResponse(status, JSON, JsonCodec.bytes(json));
  }

  /** 204 with no body. */
  public static ApiResponse noContent() {
    return new ApiResponse(204, null, new byte[0]);
  }

  /** {@code status} with raw bytes of {@code contentType}. */
  public static ApiResponse bytes(int status, String contentType, byte[] body) {
    return new ApiResponse(status, contentType, body.clone());
  }

  /** Adds a response header and returns this response. */
  public ApiResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The status. */
  public int status() {
    return status;
  }

  /** The content type, or null for an empty body. */
  public String contentType() {
    return contentType;
  }

  /** The body bytes (not copied). */
  byte[] body() {
    return body;
  }

  /** The streamed body, or null when the body is {@link #body()}. */
  Blob blob() {
    return blob;
  }

  /** The streamed body's writer, or null. */
  BodyWriter writer() {
    return writer;
  }

  /** The extra headers. */
  public Map<String, String> headers() {
    return headers;
  }
}
