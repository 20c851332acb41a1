package io.github.webex4j.rooms;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.UnauthorizedException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.events.EventListParams;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.messages.DirectMessageListParams;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.people.PersonListParams;
import io.github.webex4j.teammemberships.TeamMembershipListParams;
import io.github.webex4j.webhooks.WebhookListParams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every messaging list (and /people/me) answers 401 with a trackingId for a bad token. */
class UnauthorizedTest {

  @Test
  void badTokenIsUnauthorizedEverywhere() {
    try (WebexEmulator emulator = WebexEmulator.start()) {
      WebexClient webex = new EmulatorClients(emulator).clientFor("not-a-valid-token");
      for (Runnable call :
          List.<Runnable>of(
              () -> webex.rooms().list(),
              () -> webex.memberships().list(MembershipListParams.none()),
              () -> webex.messages().list(MessageListParams.ofRoom("r")),
              () -> webex.messages().listDirect(DirectMessageListParams.byPersonEmail("a@x.com")),
              () -> webex.teamMemberships().list(TeamMembershipListParams.ofTeam("t")),
              () -> webex.people().me(),
              () -> webex.people().list(PersonListParams.byEmail("a@x.com")),
              () -> webex.webhooks().list(WebhookListParams.none()),
              () -> webex.events().list(EventListParams.none()))) {
        assertThatThrownBy(call::run)
            .isInstanceOfSatisfying(
                UnauthorizedException.class,
                e -> {
                  org.assertj.core.api.Assertions.assertThat(e.trackingId()).isNotBlank();
                  org.assertj.core.api.Assertions.assertThat(e.getMessage())
                      .doesNotContain("not-a-valid-token");
                });
      }
    }
  }
}
