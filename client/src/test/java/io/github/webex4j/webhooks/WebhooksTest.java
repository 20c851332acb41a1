package io.github.webex4j.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.webex4j.BadRequestException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.rooms.EmulatorClients;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Webhooks CRUD and verified delivery against the in-process emulator. */
class WebhooksTest {
  private static final String MISSING =
      "Y2lzY29zcGFyazovL3VzL1dFQkhPT0svMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw";

  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private WebexClient webex;
  private HttpServer receiver;
  private final CompletableFuture<Received> delivery = new CompletableFuture<>();

  private record Received(byte[] body, String signature) {}

  @BeforeEach
  void setUp() throws IOException {
    webex = clients.clientFor(clients.person("Ana"));
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          delivery.complete(
              new Received(body, exchange.getRequestHeaders().getFirst(WebhookVerifier.HEADER)));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private String targetUrl() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @Test
  void createGetUpdateDelete() {
    Webhook created =
        webex
            .webhooks()
            .create(
                WebhookCreateParams.of(
                    "ci", targetUrl(), WebhookResource.MESSAGES, WebhookEvent.CREATED));

    assertThat(created.name()).isEqualTo("ci");
    assertThat(created.resource()).isEqualTo(WebhookResource.MESSAGES);
    assertThat(created.event()).isEqualTo(WebhookEvent.CREATED);
    assertThat(created.status()).isEqualTo(WebhookStatus.ACTIVE);
    assertThat(created.created()).isNotNull();
    assertThat(webex.webhooks().get(created.id())).isEqualTo(created);

    Webhook renamed =
        webex.webhooks().update(created.id(), WebhookUpdateParams.of("ci-2", targetUrl()));
    assertThat(renamed.name()).isEqualTo("ci-2");

    webex.webhooks().delete(created.id());
    assertThatThrownBy(() -> webex.webhooks().get(created.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void unknownWebhookAndOtherOwnersWebhook() {
    Webhook mine =
        webex
            .webhooks()
            .create(
                WebhookCreateParams.of(
                    "mine", targetUrl(), WebhookResource.ROOMS, WebhookEvent.ALL));
    WebexClient other = clients.clientFor(clients.person("Bob"));

    assertThatThrownBy(() -> webex.webhooks().get(MISSING)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> webex.webhooks().update(MISSING, WebhookUpdateParams.of("x", targetUrl())))
        .isInstanceOf(WebexApiException.class);
    assertThatThrownBy(() -> other.webhooks().delete(mine.id()))
        .isInstanceOfSatisfying(
            WebexApiException.class, e -> assertThat(e.statusCode()).isIn(400, 403, 404));
  }

  @Test
  void serverRejectsFilterOnForeignRoom() {
    Room foreign =
        clients.clientFor(clients.person("Bob")).rooms().create(RoomCreateParams.of("B"));

    assertThatThrownBy(
            () ->
                webex
                    .webhooks()
                    .create(
                        WebhookCreateParams.builder()
                            .name("spy")
                            .targetUrl(targetUrl())
                            .resource(WebhookResource.MESSAGES)
                            .event(WebhookEvent.CREATED)
                            .filter("roomId=" + foreign.id())
                            .build()))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void listsAcrossThreePages() {
    for (int i = 1; i <= 5; i++) {
      webex
          .webhooks()
          .create(
              WebhookCreateParams.of(
                  "hook " + i, targetUrl(), WebhookResource.MEMBERSHIPS, WebhookEvent.CREATED));
    }

    Page<Webhook> first = webex.webhooks().list(WebhookListParams.pageSize(2));
    List<String> names =
        first.autoPager().stream().map(Webhook::name).sorted().collect(Collectors.toList());

    assertThat(first.nextPage().hasNextPage()).isTrue();
    assertThat(names).containsExactly("hook 1", "hook 2", "hook 3", "hook 4", "hook 5");
  }

  @Test
  void deliveryIsSignedAndVerifies() throws Exception {
    String secret = "correct horse battery staple";
    Room room = webex.rooms().create(RoomCreateParams.of("Hooked"));
    Webhook webhook =
        webex
            .webhooks()
            .create(
                WebhookCreateParams.builder()
                    .name("signed")
                    .targetUrl(targetUrl())
                    .resource(WebhookResource.MESSAGES)
                    .event(WebhookEvent.CREATED)
                    .filter("roomId=" + room.id())
                    .secret(secret)
                    .build());
    Message message = webex.messages().create(MessageCreateParams.textTo(room.id(), "secret text"));

    Received received = delivery.get(10, TimeUnit.SECONDS);
    WebhookNotification notification =
        WebhookVerifier.of(secret).verifyAndParse(received.body(), received.signature());

    assertThat(notification.id()).isEqualTo(webhook.id());
    assertThat(notification.resource()).isEqualTo(WebhookResource.MESSAGES);
    assertThat(notification.event()).isEqualTo(WebhookEvent.CREATED);
    assertThat(notification.dataId()).isEqualTo(message.id());
    assertThat(notification.data()).containsEntry("roomId", room.id());
    assertThat(new String(received.body(), StandardCharsets.UTF_8)).doesNotContain("secret text");
    byte[] tampered = Arrays.copyOf(received.body(), received.body().length + 1);
    tampered[tampered.length - 1] = ' ';
    assertThat(WebhookVerifier.of(secret).isValid(tampered, received.signature())).isFalse();
    assertThat(WebhookVerifier.of("wrong").isValid(received.body(), received.signature()))
        .isFalse();
  }
}
