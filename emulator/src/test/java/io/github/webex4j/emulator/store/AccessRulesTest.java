package io.github.webex4j.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stores decide who may see and act on what; a refusal is a {@link RuleViolation}. */
class AccessRulesTest {
  private World world;
  private Person ana;
  private Person officer;
  private Person admin;
  private Room room;

  @BeforeEach
  void start() {
    world = new World(Clock.systemUTC(), UUID::randomUUID, "access-rules-token", "a@example.com");
    admin = world.locked(() -> world.people.findByEmail("a@example.com").orElseThrow());
    ana = world.locked(() -> world.people.create("ana@example.com", "Ana", "person"));
    officer = world.locked(() -> world.people.create("co@example.com", "Officer", "person"));
    officer.complianceOfficer = true;
    room =
        world.locked(
            () ->
                world.rooms.create(
                    ana, new RoomStore.RoomDraft("Dev", null, false, false, false, null, null)));
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void aComplianceOfficerSeesARoomAndItsMessagesButActsOnlyAsAMember() {
    MessageStore.Words words = new MessageStore.Words("hi", null, null, List.of(), List.of());
    Message message =
        world.locked(
            () ->
                world.messages.post(
                    ana,
                    new MessageStore.MessageDraft(
                        room.id, null, null, null, words, null, List.of())));

    assertThat(world.locked(() -> world.rooms.visibleTo(officer, room.id))).isSameAs(room);
    assertThat(world.locked(() -> world.messages.visibleTo(officer, message.id))).isSameAs(message);
    assertNotFound(() -> world.messages.inRoomOf(officer, message.id), "Unable to get message.");
    assertNotFound(
        () -> world.memberships.add(room.id, officer, false, officer),
        "Could not find a room with provided ID.");
    assertNotFound(
        () -> {
          world.rooms.delete(room.id, officer);
          return null;
        },
        "Could not find a room with provided ID.");
    assertThat(world.locked(() -> world.rooms.joinedBy(officer))).isEmpty();
    assertThat(world.locked(() -> world.rooms.joinedBy(ana))).containsExactly(room);
  }

  @Test
  void aWebhookIsItsCreatorsAndAnOrgWebhookTheAdminsToo() {
    Webhook own =
        world.locked(
            () ->
                world.webhooks.create(
                    ana, "w", "http://127.0.0.1/", "all", "all", null, null, "creator"));
    Webhook org =
        world.locked(
            () ->
                world.webhooks.create(
                    ana, "o", "http://127.0.0.1/", "all", "all", null, null, "org"));

    assertNotFound(
        () -> world.webhooks.owned(admin, own.id), "Could not find a webhook with this ID.");
    assertThat(world.locked(() -> world.webhooks.owned(admin, org.id))).isSameAs(org);
    assertThat(world.locked(() -> world.webhooks.listedBy(admin, true))).containsExactly(org);
    assertThat(world.locked(() -> world.webhooks.listedBy(ana, false))).containsExactly(own, org);
    assertThatThrownBy(() -> world.locked(() -> world.webhooks.listedBy(ana, true)))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
    assertThatThrownBy(() -> world.locked(() -> world.webhooks.ownership(ana, "org")))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
    assertThat(world.locked(() -> world.webhooks.ownership(officer, "org"))).isEqualTo("org");
    assertThat(world.locked(() -> world.webhooks.ownership(ana, null))).isEqualTo("creator");
  }

  private void assertNotFound(Supplier<?> action, String message) {
    assertThatThrownBy(() -> world.locked(action::get))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND))
        .hasMessage(message);
  }
}
