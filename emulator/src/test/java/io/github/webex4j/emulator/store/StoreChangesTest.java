package io.github.webex4j.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stores own the rules and report each change they make, in order, with its actor. */
class StoreChangesTest {
  private final List<StoreChange> changes = new ArrayList<>();
  private World world;
  private Person ana;
  private Person bo;

  @BeforeEach
  void start() {
    world = new World(Clock.systemUTC(), UUID::randomUUID, "store-changes-token", "a@example.com");
    world.renderEventsWith(
        change -> {
          changes.add(change);
          return null;
        });
    ana = world.locked(() -> world.people.create("ana@example.com", "Ana", "person"));
    bo = world.locked(() -> world.people.create("bo@example.com", "Bo", "person"));
  }

  @AfterEach
  void stop() {
    world.close();
  }

  private List<String> seen() {
    return changes.stream().map(c -> c.resource() + " " + c.type()).toList();
  }

  @Test
  void creatingARoomReportsTheRoomThenTheCreatorsMembership() {
    Room room =
        world.locked(
            () ->
                world.rooms.create(
                    ana, new RoomStore.RoomDraft("Dev", null, false, false, false, null, null)));

    assertThat(seen()).containsExactly("rooms created", "memberships created");
    assertThat(changes).allSatisfy(c -> assertThat(c.actor()).isSameAs(ana));
    assertThat(changes.get(0).subject()).isSameAs(room);
  }

  @Test
  void aFirstDirectMessageReportsBothMembershipsThenTheMessage() {
    MessageStore.Words words = new MessageStore.Words("hi", null, null, List.of(), List.of());
    MessageStore.MessageDraft draft =
        new MessageStore.MessageDraft(null, bo.id, null, null, words, null, List.of());

    world.locked(() -> world.messages.post(ana, draft));
    world.locked(() -> world.messages.post(ana, draft));

    assertThat(seen())
        .containsExactly(
            "memberships created", "memberships created", "messages created", "messages created");
  }

  @Test
  void aRefusedChangeReportsNothing() {
    Room room =
        world.locked(
            () ->
                world.rooms.create(
                    ana, new RoomStore.RoomDraft("Locked", null, true, false, false, null, null)));
    changes.clear();

    assertThatThrownBy(() -> world.locked(() -> world.memberships.add(room, bo, false, bo)))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Only moderators");
    assertThat(changes).isEmpty();
  }
}
