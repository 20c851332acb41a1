package io.github.webex4j.cli.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.webhooks.Webhook;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhooksCommandTest {
  @Test
  void maskingHidesTheSecretAndKeepsEveryOtherField() {
    Webhook webhook =
        new Webhook(
            "W1",
            "ci",
            "https://ci.example/hook",
            null,
            null,
            null,
            "s3cret-value",
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of("ownerType", "org"));

    Webhook masked = WebhooksCommand.masked(webhook);

    assertThat(masked.secret()).isEqualTo("***");
    assertThat(masked.extra()).containsEntry("ownerType", "org");
    assertThat(masked.targetUrl()).isEqualTo(webhook.targetUrl());
  }
}
