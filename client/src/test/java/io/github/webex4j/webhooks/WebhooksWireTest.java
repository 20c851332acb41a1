package io.github.webex4j.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact requests of the webhooks resource. */
class WebhooksWireTest {
  private static final String WEBHOOK =
      "{\"id\":\"w1\",\"name\":\"n\",\"targetUrl\":\"https://x\",\"resource\":\"telephony_calls\","
          + "\"event\":\"statusChanged\",\"status\":\"inactive\",\"ownedBy\":\"org\"}";

  private StubServer stub;
  private WebexClient webex;

  @BeforeEach
  void start() {
    stub = StubServer.start();
    webex = TestClients.client(stub);
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void createSendsWireValuesOfEnums() {
    stub.json(200, WEBHOOK);

    Webhook webhook =
        webex
            .webhooks()
            .create(
                WebhookCreateParams.builder()
                    .name("n")
                    .targetUrl("https://x")
                    .resource(WebhookResource.ATTACHMENT_ACTIONS)
                    .event(WebhookEvent.ALL)
                    .filter("roomId=r1")
                    .secret("s")
                    .ownedByOrg()
                    .build());

    assertThat(webhook.resource()).isEqualTo(WebhookResource.TELEPHONY_CALLS);
    assertThat(webhook.event()).isEqualTo(WebhookEvent.STATUS_CHANGED);
    assertThat(webhook.status()).isEqualTo(WebhookStatus.INACTIVE);
    assertThat(stub.single().uri()).isEqualTo("/v1/webhooks");
    assertThat(stub.single().bodyText())
        .isEqualTo(
            "{\"name\":\"n\",\"targetUrl\":\"https://x\",\"resource\":\"attachmentActions\","
                + "\"event\":\"all\",\"filter\":\"roomId=r1\",\"secret\":\"s\",\"ownedBy\":\"org\"}");
  }

  @Test
  void reactivateSendsStatusActive() {
    stub.json(200, WEBHOOK).json(200, WEBHOOK);
    Webhook current = webex.webhooks().get("w1");

    webex.webhooks().update("w1", WebhookUpdateParams.reactivate(current).withSecret("new"));

    StubServer.Recorded put = stub.requests().get(1);
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.uri()).isEqualTo("/v1/webhooks/w1");
    assertThat(put.bodyText())
        .isEqualTo(
            "{\"name\":\"n\",\"targetUrl\":\"https://x\",\"secret\":\"new\",\"status\":\"active\"}");
  }

  @Test
  void listAndDelete() {
    stub.json(200, "{\"items\":[" + WEBHOOK + "]}").empty(204);

    assertThat(webex.webhooks().list(WebhookListParams.ownedByOrg()).items()).hasSize(1);
    webex.webhooks().delete("w1");

    assertThat(stub.requests().get(0).uri()).isEqualTo("/v1/webhooks?ownedBy=org");
    assertThat(stub.requests().get(1).method()).isEqualTo("DELETE");
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(
            () ->
                WebhookCreateParams.of(
                    " ", "https://x", WebhookResource.MESSAGES, WebhookEvent.CREATED))
        .hasMessageContaining("name");
    assertThatThrownBy(
            () ->
                WebhookCreateParams.of(
                    "n", "ftp://x", WebhookResource.MESSAGES, WebhookEvent.CREATED))
        .hasMessageContaining("targetUrl");
    assertThatThrownBy(() -> WebhookCreateParams.of("n", "https://x", null, WebhookEvent.CREATED))
        .hasMessageContaining("resource");
    assertThatThrownBy(
            () ->
                WebhookCreateParams.of(
                    "n", "https://x", WebhookResource.MESSAGES, WebhookEvent.UNKNOWN))
        .hasMessageContaining("event");
    assertThatThrownBy(
            () -> new WebhookUpdateParams("n", "https://x", null, null, WebhookStatus.INACTIVE))
        .hasMessageContaining("status");
    assertThatThrownBy(() -> WebhookListParams.pageSize(0)).hasMessageContaining("pageSize");
    assertThatThrownBy(() -> webex.webhooks().get(" ")).hasMessageContaining("webhookId");
    assertThat(stub.requests()).isEmpty();
  }
}
