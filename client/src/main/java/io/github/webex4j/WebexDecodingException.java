package io.github.webex4j;

import org.jspecify.annotations.Nullable;

/**
 * A success response whose body could not be decoded. The message contains the status and at most
 * the first 200 characters of the body.
 */
public class WebexDecodingException extends WebexException {
  private static final long serialVersionUID = 1L;
  private static final int EXCERPT = 200;

  private final int statusCode;
  private final String bodyExcerpt;

  /**
   * Creates the exception for a success response whose body did not decode, keeping only an excerpt
   * of the body.
   *
   * @param statusCode HTTP status of the response
   * @param body the body as received (only its first 200 characters are kept), may be null
   * @param cause the parse failure
   */
  public WebexDecodingException(int statusCode, @Nullable String body, Throwable cause) {
    super("Could not decode Webex response (status " + statusCode + "): " + excerpt(body), cause);
    this.statusCode = statusCode;
    this.bodyExcerpt = excerpt(body);
  }

  private static String excerpt(@Nullable String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT);
  }

  /** The HTTP status of the response that failed to decode. */
  public int statusCode() {
    return statusCode;
  }

  /** The first 200 characters (at most) of the body. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** True: the server answered 2xx (it acted) with a body that could not be read. */
  @Override
  public boolean requestMayHaveActed() {
    return true;
  }
}
