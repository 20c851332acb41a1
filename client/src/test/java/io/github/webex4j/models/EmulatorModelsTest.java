package io.github.webex4j.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.WebexClient;
import io.github.webex4j.groups.Group;
import io.github.webex4j.groups.GroupCreateParams;
import io.github.webex4j.memberships.Membership;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.people.Person;
import io.github.webex4j.rooms.EmulatorClients;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import io.github.webex4j.teams.Team;
import io.github.webex4j.teams.TeamCreateParams;
import io.github.webex4j.webhooks.Webhook;
import io.github.webex4j.webhooks.WebhookCreateParams;
import io.github.webex4j.webhooks.WebhookEvent;
import io.github.webex4j.webhooks.WebhookResource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The emulator's field names come from the OpenAPI documents: every one of them is a declared
 * component of the client's models, so nothing the emulator sends ends up in {@code extra()}.
 */
class EmulatorModelsTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();

  @Test
  void messagingModelsDeclareEveryFieldTheEmulatorSends() {
    WebexClient admin = clients.admin();
    clients.emulator().createPerson("m@example.com", "M");
    Person me = admin.people().me();
    Team team = admin.teams().create(TeamCreateParams.of("Models"));
    Room room =
        admin.rooms().create(RoomCreateParams.builder().title("Models").teamId(team.id()).build());
    Membership membership =
        admin.memberships().create(MembershipCreateParams.byEmail(room.id(), "m@example.com"));
    Message message = admin.messages().create(MessageCreateParams.textTo(room.id(), "hi"));
    Webhook webhook =
        admin
            .webhooks()
            .create(
                WebhookCreateParams.of(
                    "w", "http://127.0.0.1:9/h", WebhookResource.MESSAGES, WebhookEvent.CREATED));
    Group group = admin.groups().create(GroupCreateParams.of("Models"));

    for (Object model : List.of(me, team, room, membership, message, webhook, group)) {
      assertThat(model)
          .extracting("extra")
          .as(model.getClass().getSimpleName())
          .isEqualTo(java.util.Map.of());
    }
  }
}
