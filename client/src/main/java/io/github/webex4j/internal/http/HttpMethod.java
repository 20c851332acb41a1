package io.github.webex4j.internal.http;

/** The HTTP methods the client uses, with their retry classification. */
public enum HttpMethod {
  GET(true),
  POST(false),
  PUT(true),
  PATCH(false),
  DELETE(true);

  private final boolean idempotent;

  HttpMethod(boolean idempotent) {
    this.idempotent = idempotent;
  }

  /** True for GET, PUT and DELETE: safe to retry after 5xx, 423 and I/O errors. */
  public boolean idempotent() {
    return idempotent;
  }
}
