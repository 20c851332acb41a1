package io.github.webex4j.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.rooms.EmulatorClients;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Compliance events against the in-process emulator. */
class EventsTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();

  @Test
  void complianceOfficerSeesMessageEventsWithTextAcrossPages() {
    EmulatedPerson ana = clients.person("Ana");
    WebexClient webex = clients.clientFor(ana);
    Room room = webex.rooms().create(RoomCreateParams.of("Audited"));
    for (int i = 1; i <= 5; i++) {
      webex.messages().create(MessageCreateParams.textTo(room.id(), "audit " + i));
    }
    WebexClient officer = clients.admin();

    Page<Event> first =
        officer
            .events()
            .list(
                EventListParams.builder()
                    .resource(EventResource.MESSAGES)
                    .type(EventType.CREATED)
                    .actorId(ana.id())
                    .pageSize(2)
                    .build());
    List<Event> all = first.autoPager().stream().collect(Collectors.toList());

    assertThat(first.items()).hasSize(2);
    assertThat(first.nextPage().hasNextPage()).isTrue();
    assertThat(all).hasSize(5);
    assertThat(all).allMatch(e -> e.resource() == EventResource.MESSAGES);
    assertThat(all).allMatch(e -> e.actorId().equals(ana.id()));
    assertThat(all).extracting(e -> e.data().get("text")).contains("audit 1", "audit 5");
    Event one = all.get(0);
    assertThat(officer.events().get(one.id())).isEqualTo(one);
  }

  @Test
  void deletedMessagesShowUpAsDeletedEvents() {
    EmulatedPerson ana = clients.person("Ana");
    WebexClient webex = clients.clientFor(ana);
    Room room = webex.rooms().create(RoomCreateParams.of("Audited"));
    Message message = webex.messages().create(MessageCreateParams.textTo(room.id(), "oops"));
    webex.messages().delete(message.id());

    List<Event> deleted =
        clients
            .admin()
            .events()
            .list(EventListParams.builder().type(EventType.DELETED).actorId(ana.id()).build())
            .items();

    assertThat(deleted)
        .singleElement()
        .satisfies(e -> assertThat(e.data()).containsEntry("id", message.id()));
  }

  @Test
  void nonOfficerIsForbiddenAndUnknownIdIsNotFound() {
    WebexClient webex = clients.clientFor(clients.person("Ana"));

    assertThatThrownBy(() -> webex.events().list())
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.trackingId()).isNotBlank());
    assertThatThrownBy(
            () ->
                clients
                    .admin()
                    .events()
                    .get(
                        "Y2lzY29zcGFyazovL3VzL0VWRU5ULzAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }
}
