package io.github.webex4j.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ApiErrorItem;
import io.github.webex4j.BadRequestException;
import io.github.webex4j.ConflictException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.GoneException;
import io.github.webex4j.LockedException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.RateLimitException;
import io.github.webex4j.ServerException;
import io.github.webex4j.UnauthorizedException;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.internal.util.Redactor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorDecoderTest {
  private static final Redactor NONE = Redactor.of();

  @Test
  void mapsStatusesToSubclasses() {
    assertThat(ErrorDecoder.decode(400, "", null, null, NONE))
        .isExactlyInstanceOf(BadRequestException.class);
    assertThat(ErrorDecoder.decode(401, "", null, null, NONE))
        .isExactlyInstanceOf(UnauthorizedException.class);
    assertThat(ErrorDecoder.decode(403, "", null, null, NONE))
        .isExactlyInstanceOf(ForbiddenException.class);
    assertThat(ErrorDecoder.decode(404, "", null, null, NONE))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(ErrorDecoder.decode(409, "", null, null, NONE))
        .isExactlyInstanceOf(ConflictException.class);
    assertThat(ErrorDecoder.decode(410, "", null, null, NONE))
        .isExactlyInstanceOf(GoneException.class);
    assertThat(ErrorDecoder.decode(423, "", null, null, NONE))
        .isExactlyInstanceOf(LockedException.class);
    assertThat(ErrorDecoder.decode(429, "", null, null, NONE))
        .isExactlyInstanceOf(RateLimitException.class);
    assertThat(ErrorDecoder.decode(500, "", null, null, NONE))
        .isExactlyInstanceOf(ServerException.class);
    assertThat(ErrorDecoder.decode(504, "", null, null, NONE))
        .isExactlyInstanceOf(ServerException.class);
    assertThat(ErrorDecoder.decode(415, "", null, null, NONE))
        .isExactlyInstanceOf(WebexApiException.class);
  }

  @Test
  void readsWebexErrorBodyAndPrefersBodyTrackingId() {
    WebexApiException e =
        ErrorDecoder.decode(
            409,
            "{\"message\":\"Person is already in the room.\",\"errors\":[{\"description\":\"d1\"},"
                + "{\"description\":\"d2\"}],\"trackingId\":\"ROUTER_5D1D\"}",
            "HEADER_ID",
            Duration.ofSeconds(3),
            NONE);

    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(e.apiMessage()).isEqualTo("Person is already in the room.");
    assertThat(e.errorDescriptions()).isEqualTo(List.of("d1", "d2"));
    assertThat(e.trackingId()).isEqualTo("ROUTER_5D1D");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(e.getMessage())
        .isEqualTo("Webex API error 409: Person is already in the room. (trackingId ROUTER_5D1D)");
  }

  @Test
  void fallsBackToHeaderTrackingIdAndFirstErrorDescription() {
    WebexApiException e =
        ErrorDecoder.decode(400, "{\"errors\":[{\"description\":\"bad\"}]}", "NA_123", null, NONE);

    assertThat(e.trackingId()).isEqualTo("NA_123");
    assertThat(e.apiMessage()).isEqualTo("bad");
  }

  @Test
  void nonJsonBodyGivesNoApiMessage() {
    WebexApiException e = ErrorDecoder.decode(502, "<html>Bad Gateway</html>", null, null, NONE);

    assertThat(e.apiMessage()).isNull();
    assertThat(e.errors()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("Webex API error 502 (trackingId none)");
  }

  @Test
  void redactsSecretsEchoedInTheTrackingIdOfBodyAndHeader() {
    Redactor redactor = Redactor.of("tok-SECRET-7f3a9c");

    WebexApiException fromBody =
        ErrorDecoder.decode(
            500, "{\"trackingId\":\"ROUTER_tok-SECRET-7f3a9c\"}", null, null, redactor);
    WebexApiException fromHeader =
        ErrorDecoder.decode(500, "", "NA_tok-SECRET-7f3a9c", null, redactor);

    assertThat(fromBody.trackingId()).isEqualTo("ROUTER_[REDACTED]");
    assertThat(fromHeader.trackingId()).isEqualTo("NA_[REDACTED]");
    assertThat(fromBody.getMessage() + fromHeader.getMessage()).doesNotContain("SECRET");
  }

  @Test
  void keepsEveryErrorItemWholeWithItsErrorCode() {
    WebexApiException e =
        ErrorDecoder.decode(
            400,
            "{\"message\":\"License assignment failed\",\"errors\":["
                + "{\"errorCode\":400112,\"description\":\"d1\",\"licenses\":[\"L1\"]},"
                + "{\"errorCode\":\"E42\"},{\"description\":\"d3\"}]}",
            null,
            null,
            NONE);

    assertThat(e.errors())
        .extracting(ApiErrorItem::errorCode)
        .containsExactly("400112", "E42", null);
    assertThat(e.errors().get(0).raw())
        .isEqualTo(Map.of("errorCode", 400112, "description", "d1", "licenses", List.of("L1")));
    assertThat(e.errorDescriptions()).containsExactly("d1", "d3");
    assertThat(e.errors().get(0)).hasToString("d1 (errorCode 400112)");
    assertThatThrownBy(() -> e.errors().get(0).raw().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void redactsSecretsInEveryTextOfTheErrorItems() {
    WebexApiException e =
        ErrorDecoder.decode(
            400,
            "{\"errors\":[{\"description\":\"bad s3cr3t-value\",\"errorCode\":\"s3cr3t-value\","
                + "\"detail\":{\"echo\":[\"Bearer s3cr3t-value\"]}}]}",
            null,
            null,
            Redactor.of("s3cr3t-value"));

    ApiErrorItem item = e.errors().get(0);
    assertThat(item.description() + item.errorCode() + item.raw() + e.getMessage())
        .doesNotContain("s3cr3t-value");
  }

  @Test
  void redactsSecretsEchoedInMessages() {
    WebexApiException e =
        ErrorDecoder.decode(
            400,
            "{\"message\":\"bad token s3cr3t-value\"}",
            null,
            null,
            Redactor.of("s3cr3t-value"));

    assertThat(e.getMessage()).doesNotContain("s3cr3t-value").contains("[REDACTED]");
  }
}
