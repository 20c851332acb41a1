package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.http.NotSentException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestMayHaveActedTest {
  @Test
  void onlyFailuresAfterTheRequestReachedWebexMayHaveActed() {
    assertThat(new ServerException(503, "down", List.of(), "T", null).requestMayHaveActed())
        .isTrue();
    assertThat(new WebexDecodingException(200, "{", null).requestMayHaveActed()).isTrue();
    assertThat(new WebexIoException("reset", new IOException("reset")).requestMayHaveActed())
        .isTrue();

    assertThat(
            new WebexIoException("refused", new NotSentException("refused", new IOException()))
                .requestMayHaveActed())
        .isFalse();
    assertThat(new BadRequestException(400, "bad", List.of(), "T", null).requestMayHaveActed())
        .isFalse();
    assertThat(new RateLimitException(429, "slow", List.of(), "T", null).requestMayHaveActed())
        .isFalse();
  }
}
