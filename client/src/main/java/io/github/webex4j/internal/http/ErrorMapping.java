package io.github.webex4j.internal.http;

import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexDecodingException;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.http.ResponseTimeoutException;
import io.github.webex4j.internal.util.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Turns failed attempts into the client's exceptions, every text passed through the redactor. */
public final class ErrorMapping {
  private final Redactor redactor;

  /**
   * @param redactor the transport's redactor
   */
  public ErrorMapping(Redactor redactor) {
    this.redactor = redactor;
  }

  /** A non-2xx answer as the matching {@link WebexApiException}. */
  WebexApiException apiError(Answer answer, Duration retryAfter) {
    return ErrorDecoder.decode(
        answer.status(), answer.errorBody(), answer.trackingId(), retryAfter, redactor);
  }

  /** A failed exchange: {@code GET https://… failed: connection refused by host:443}. */
  WebexIoException ioError(Call call, IOException e) {
    String what;
    if (e instanceof ResponseTimeoutException || e instanceof java.net.SocketTimeoutException) {
      what = "timed out: " + e.getMessage();
    } else if (e instanceof io.github.webex4j.http.NotSentException) {
      what = "failed: " + e.getMessage();
    } else {
      what = "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return new WebexIoException(call + " " + redactor.redact(what), e);
  }

  /** A 2xx body that did not decode; the excerpt is redacted. */
  public WebexDecodingException decodingError(int status, byte[] body, Exception cause) {
    String text = body == null ? null : new String(body, StandardCharsets.UTF_8);
    return new WebexDecodingException(status, redactor.redact(text), cause);
  }

  /** The redactor errors are cleaned with. */
  public Redactor redactor() {
    return redactor;
  }
}
