package io.github.webex4j.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.NotFoundException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.cards.AdaptiveCard;
import io.github.webex4j.cards.FactSet;
import io.github.webex4j.cards.OpenUrlAction;
import io.github.webex4j.cards.TextBlock;
import io.github.webex4j.memberships.Membership;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.people.Person;
import io.github.webex4j.people.PersonListParams;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import io.github.webex4j.rooms.RoomUpdateParams;
import io.github.webex4j.webhooks.Webhook;
import io.github.webex4j.webhooks.WebhookCreateParams;
import io.github.webex4j.webhooks.WebhookEvent;
import io.github.webex4j.webhooks.WebhookResource;
import io.github.webex4j.webhooks.WebhookUpdateParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in: the messaging flows against the real Webex API. Runs only with {@code WEBEX_LIVE=1} and a
 * token in {@code WEBEX_API_TOKEN} (or {@code WEBEX_ACCESS_TOKEN}); {@code WEBEX_BASE_URL}
 * overrides the host, {@code WEBEX_LIVE_PEER_EMAIL} (another account) enables the membership and
 * direct-message steps. Everything it creates is deleted again.
 */
@EnabledIfEnvironmentVariable(named = "WEBEX_LIVE", matches = "1")
class LiveMessagingTest {
  @TempDir Path temp;

  private final WebexClient webex = WebexClient.fromEnv();

  @Test
  void roomMessagesFilesCardsAndThreads() throws IOException {
    Person me = webex.people().me();
    assertThat(me.id()).isNotBlank();
    assertThat(webex.people().list(PersonListParams.byEmail(me.email())).items())
        .extracting(Person::id)
        .contains(me.id());

    Room room = webex.rooms().create(RoomCreateParams.of("webex4j live test " + System.nanoTime()));
    try {
      assertThat(
              webex
                  .rooms()
                  .update(room.id(), RoomUpdateParams.of(room.title() + " (renamed)"))
                  .title())
          .endsWith("(renamed)");

      Message root =
          webex.messages().create(MessageCreateParams.markdownTo(room.id(), "**live** test"));
      Message reply =
          webex.messages().create(MessageCreateParams.reply(room.id(), root.id(), "reply"));
      assertThat(reply.parentId()).isEqualTo(root.id());
      Message edited =
          webex.messages().edit(root.id(), MessageEditParams.markdown(room.id(), "**edited**"));
      assertThat(edited.markdown()).isEqualTo("**edited**");

      AdaptiveCard card =
          AdaptiveCard.builder()
              .body(TextBlock.heading("webex4j"), FactSet.of(Map.of("Suite", "live")))
              .action(new OpenUrlAction("Project", "https://github.com/webex4j"))
              .build();
      Message withCard =
          webex
              .messages()
              .create(
                  MessageCreateParams.builder().roomId(room.id()).text("card").card(card).build());
      assertThat(withCard.attachments()).hasSize(1);

      Path file = Files.writeString(temp.resolve("webex4j-live.txt"), "hello from webex4j\n");
      Message withFile =
          webex
              .messages()
              .create(
                  MessageCreateParams.builder()
                      .roomId(room.id())
                      .text("file")
                      .file(LocalFile.of(file, "webex4j-live.txt", "text/plain"))
                      .build());
      Path back = webex.messages().downloadTo(withFile.files().get(0), temp.resolve("back.txt"));
      assertThat(Files.mismatch(file, back)).isEqualTo(-1L);

      assertThat(webex.messages().list(MessageListParams.ofRoom(room.id())).autoPager().stream())
          .extracting(Message::id)
          .contains(root.id(), reply.id(), withCard.id(), withFile.id());
      webex.messages().delete(reply.id());
      assertThatThrownBy(() -> webex.messages().get(reply.id()))
          .isInstanceOf(NotFoundException.class);

      String peer = System.getenv("WEBEX_LIVE_PEER_EMAIL");
      if (peer != null && !peer.isBlank()) {
        Membership added =
            webex.memberships().create(MembershipCreateParams.byEmail(room.id(), peer));
        assertThat(webex.memberships().list(MembershipListParams.ofRoom(room.id())).items())
            .extracting(Membership::id)
            .contains(added.id());
        webex.memberships().delete(added.id());
        Message direct =
            webex
                .messages()
                .create(MessageCreateParams.markdownToPerson(peer, "webex4j live test"));
        assertThat(webex.messages().listDirect(DirectMessageListParams.byPersonEmail(peer)).items())
            .extracting(Message::id)
            .contains(direct.id());
        webex.messages().delete(direct.id());
      }
    } finally {
      webex.rooms().delete(room.id());
    }
  }

  @Test
  void webhookLifecycle() {
    Webhook webhook =
        webex
            .webhooks()
            .create(
                WebhookCreateParams.builder()
                    .name("webex4j live test")
                    .targetUrl("https://example.com/webex4j-live")
                    .resource(WebhookResource.MESSAGES)
                    .event(WebhookEvent.CREATED)
                    .secret("webex4j-live-secret")
                    .build());
    try {
      assertThat(webex.webhooks().get(webhook.id()).name()).isEqualTo("webex4j live test");
      assertThat(
              webex
                  .webhooks()
                  .update(
                      webhook.id(), WebhookUpdateParams.of("webex4j live 2", webhook.targetUrl()))
                  .name())
          .isEqualTo("webex4j live 2");
    } finally {
      webex.webhooks().delete(webhook.id());
    }
    assertThatThrownBy(() -> webex.webhooks().get(webhook.id()))
        .isInstanceOf(NotFoundException.class);
  }
}
