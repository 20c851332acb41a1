package io.github.webex4j.internal;

/** The HTTP methods the client uses, with their retry classification. */
enum HttpMethod {
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
  boolean idempotent() {
    return idempotent;
  }
}
