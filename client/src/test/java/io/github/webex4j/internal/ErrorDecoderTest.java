package io.github.webex4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorDecoderTest {

  @Test
  void mapsStatusesToSubclasses() {
    assertThat(ErrorDecoder.decode(400, "", null, null))
        .isExactlyInstanceOf(BadRequestException.class);
    assertThat(ErrorDecoder.decode(401, "", null, null))
        .isExactlyInstanceOf(UnauthorizedException.class);
    assertThat(ErrorDecoder.decode(403, "", null, null))
        .isExactlyInstanceOf(ForbiddenException.class);
    assertThat(ErrorDecoder.decode(404, "", null, null))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(ErrorDecoder.decode(409, "", null, null))
        .isExactlyInstanceOf(ConflictException.class);
    assertThat(ErrorDecoder.decode(410, "", null, null)).isExactlyInstanceOf(GoneException.class);
    assertThat(ErrorDecoder.decode(423, "", null, null)).isExactlyInstanceOf(LockedException.class);
    assertThat(ErrorDecoder.decode(429, "", null, null))
        .isExactlyInstanceOf(RateLimitException.class);
    assertThat(ErrorDecoder.decode(500, "", null, null)).isExactlyInstanceOf(ServerException.class);
    assertThat(ErrorDecoder.decode(504, "", null, null)).isExactlyInstanceOf(ServerException.class);
    assertThat(ErrorDecoder.decode(415, "", null, null))
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
            Duration.ofSeconds(3));

    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(e.apiMessage()).isEqualTo("Person is already in the room.");
    assertThat(e.errors()).isEqualTo(List.of("d1", "d2"));
    assertThat(e.trackingId()).isEqualTo("ROUTER_5D1D");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(e.getMessage())
        .isEqualTo("Webex API error 409: Person is already in the room. (trackingId ROUTER_5D1D)");
  }

  @Test
  void fallsBackToHeaderTrackingIdAndFirstErrorDescription() {
    WebexApiException e =
        ErrorDecoder.decode(400, "{\"errors\":[{\"description\":\"bad\"}]}", "NA_123", null);

    assertThat(e.trackingId()).isEqualTo("NA_123");
    assertThat(e.apiMessage()).isEqualTo("bad");
  }

  @Test
  void nonJsonBodyGivesNoApiMessage() {
    WebexApiException e = ErrorDecoder.decode(502, "<html>Bad Gateway</html>", null, null);

    assertThat(e.apiMessage()).isNull();
    assertThat(e.errors()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("Webex API error 502 (trackingId none)");
  }

  @Test
  void redactsSecretsEchoedInMessages() {
    WebexApiException e =
        ErrorDecoder.decode(
            400, "{\"message\":\"bad token s3cr3t-value\"}", null, null, "s3cr3t-value");

    assertThat(e.getMessage()).doesNotContain("s3cr3t-value").contains("[REDACTED]");
  }
}
