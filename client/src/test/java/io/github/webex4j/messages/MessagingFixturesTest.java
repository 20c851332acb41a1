package io.github.webex4j.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.attachmentactions.AttachmentAction;
import io.github.webex4j.attachmentactions.AttachmentActionType;
import io.github.webex4j.events.Event;
import io.github.webex4j.events.EventResource;
import io.github.webex4j.events.EventType;
import io.github.webex4j.internal.util.Json;
import io.github.webex4j.memberships.Membership;
import io.github.webex4j.people.Person;
import io.github.webex4j.people.PersonStatus;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomMeetingInfo;
import io.github.webex4j.rooms.RoomType;
import io.github.webex4j.teammemberships.TeamMembership;
import io.github.webex4j.webhooks.Webhook;
import io.github.webex4j.webhooks.WebhookEvent;
import io.github.webex4j.webhooks.WebhookResource;
import io.github.webex4j.webhooks.WebhookStatus;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenAPI example bodies (client/src/test/resources/fixtures, verbatim, doc bugs included)
 * decode into the messaging records without losing a documented field.
 */
class MessagingFixturesTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("rooms/create-a-room-200.json", Room.class),
        Arguments.of("rooms/get-room-details-200.json", Room.class),
        Arguments.of("rooms/update-a-room-200.json", Room.class),
        Arguments.of("rooms/list-rooms-200.json", Room.class),
        Arguments.of("rooms/get-room-meeting-details-200.json", RoomMeetingInfo.class),
        Arguments.of("memberships/create-a-membership-200.json", Membership.class),
        Arguments.of("memberships/get-membership-details-200.json", Membership.class),
        Arguments.of("memberships/update-a-membership-200.json", Membership.class),
        Arguments.of("memberships/list-memberships-200.json", Membership.class),
        Arguments.of("messages/create-a-message-200.json", Message.class),
        Arguments.of("messages/edit-a-message-200.json", Message.class),
        Arguments.of("messages/get-message-details-200.json", Message.class),
        Arguments.of("messages/list-messages-200.json", Message.class),
        Arguments.of("messages/list-direct-messages-200.json", Message.class),
        Arguments.of(
            "attachment-actions/create-an-attachment-action-202.json", AttachmentAction.class),
        Arguments.of(
            "attachment-actions/get-attachment-action-details-200.json", AttachmentAction.class),
        Arguments.of("team-memberships/create-team-membership-200.json", TeamMembership.class),
        Arguments.of("team-memberships/get-team-membership-details-200.json", TeamMembership.class),
        Arguments.of("team-memberships/update-a-team-membership-200.json", TeamMembership.class),
        Arguments.of("team-memberships/list-team-memberships-200.json", TeamMembership.class),
        Arguments.of("people/create-a-person-200.json", Person.class),
        Arguments.of("people/get-my-own-details-200.json", Person.class),
        Arguments.of("people/get-person-details-200.json", Person.class),
        Arguments.of("people/update-a-person-200.json", Person.class),
        Arguments.of("people/list-people-200.json", Person.class),
        Arguments.of("webhooks/create-a-webhook-200.json", Webhook.class),
        Arguments.of("webhooks/get-webhook-details-200.json", Webhook.class),
        Arguments.of("webhooks/update-a-webhook-200.json", Webhook.class),
        Arguments.of("webhooks/list-webhooks-200.json", Webhook.class),
        Arguments.of("events/get-event-details-200.json", Event.class),
        Arguments.of("events/list-events-200.json", Event.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyDocumentedFieldDecodes(String fixture, Class<? extends Record> type) throws Exception {
    String json = read(fixture);
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) Json.readTree(json);
    List<Map<String, Object>> objects = new ArrayList<>();
    List<? extends Record> records;
    if (root.containsKey("items")) {
      for (Object item : (List<?>) root.get("items")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) item;
        objects.add(object);
      }
      records = Json.readItems(json, type);
    } else {
      objects.add(root);
      records = List.of(Json.read(json, type));
    }

    assertThat(records).hasSameSizeAs(objects).isNotEmpty();
    for (int i = 0; i < objects.size(); i++) {
      assertNoLoss(objects.get(i), records.get(i));
    }
  }

  /** Every non-null field of the example maps to a record component that holds a value. */
  private static void assertNoLoss(Map<String, Object> object, Record record) throws Exception {
    for (Map.Entry<String, Object> field : object.entrySet()) {
      if (field.getValue() == null) {
        continue;
      }
      RecordComponent component = component(record, field.getKey());
      assertThat(component).as("component for field %s", field.getKey()).isNotNull();
      Object value = component.getAccessor().invoke(record);
      assertThat(value).as("value of %s", field.getKey()).isNotNull();
      if (field.getValue() instanceof Collection && !((Collection<?>) field.getValue()).isEmpty()) {
        assertThat((Collection<?>) value).as("list %s", field.getKey()).isNotEmpty();
      }
      if (value instanceof Enum) {
        assertThat(((Enum<?>) value).name()).as("enum %s", field.getKey()).isNotEqualTo("UNKNOWN");
      }
    }
  }

  private static RecordComponent component(Record record, String name) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        return component;
      }
    }
    return null;
  }

  @Test
  void docBugsDecodeLeniently() throws IOException {
    Message message = Json.read(read("messages/create-a-message-200.json"), Message.class);

    // mentionedPeople is one comma-joined string in the example: split into two ids
    assertThat(message.mentionedPeople())
        .containsExactly(
            "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8yNDlmNzRkOS1kYjhhLTQzY2EtODk2Yi04NzllZDI0MGFjNTM",
            "Y2lzY29zcGFyazovL3VzL1BFT1BMRS83YWYyZjcyYy0xZDk1LTQxZjAtYTcxNi00MjlmZmNmYmM0ZDg");
    // +00:00 offsets instead of Z
    assertThat(message.created()).isEqualTo(Instant.parse("2015-10-18T14:26:16Z"));
    assertThat(message.updated()).isEqualTo(Instant.parse("2015-10-18T14:27:16Z"));
    assertThat(message.roomType()).isEqualTo(RoomType.GROUP);
    assertThat(message.attachments().get(0).contentType())
        .isEqualTo(MessageAttachment.ADAPTIVE_CARD);
    assertThat(message.attachments().get(0).content()).containsEntry("type", "AdaptiveCard");

    Person person = Json.read(read("people/get-person-details-200.json"), Person.class);
    assertThat(person.roles()).hasSize(2);
    assertThat(person.licenses()).hasSize(2);
    assertThat(person.invitePending()).isFalse();
    assertThat(person.loginEnabled()).isTrue();
    assertThat(person.status()).isEqualTo(PersonStatus.ACTIVE);

    Webhook webhook = Json.read(read("webhooks/get-webhook-details-200.json"), Webhook.class);
    assertThat(webhook.created()).isEqualTo(Instant.parse("2015-10-18T14:26:16Z"));
    assertThat(webhook.resource()).isEqualTo(WebhookResource.MESSAGES);
    assertThat(webhook.event()).isEqualTo(WebhookEvent.CREATED);
    assertThat(webhook.status()).isEqualTo(WebhookStatus.ACTIVE);
    assertThat(webhook.toString()).doesNotContain(webhook.secret());

    AttachmentAction action =
        Json.read(
            read("attachment-actions/get-attachment-action-details-200.json"),
            AttachmentAction.class);
    assertThat(action.type()).isEqualTo(AttachmentActionType.SUBMIT);
    assertThat(action.inputs()).containsEntry("Name", "John Andersen");

    Event event = Json.read(read("events/get-event-details-200.json"), Event.class);
    assertThat(event.resource()).isEqualTo(EventResource.MESSAGES);
    assertThat(event.type()).isEqualTo(EventType.CREATED);
    assertThat(event.data()).containsKey("text");
  }

  @Test
  void mentionedPeopleAsOneBareStringDecodes() throws IOException {
    Message message = Json.read("{\"id\":\"m\",\"mentionedPeople\":\"id1,id2\"}", Message.class);

    assertThat(message.mentionedPeople()).containsExactly("id1", "id2");
  }

  @Test
  void unknownFieldsAndEnumValuesDecode() throws IOException {
    Message message =
        Json.read(
            "{\"id\":\"m\",\"roomType\":\"hologram\",\"futureField\":{\"a\":[1]},"
                + "\"created\":\"2026-01-02T03:04:05.678Z\"}",
            Message.class);
    Webhook webhook =
        Json.read(
            "{\"id\":\"w\",\"resource\":\"holograms\",\"event\":\"teleported\"}", Webhook.class);
    Event event =
        Json.read("{\"id\":\"e\",\"resource\":\"x\",\"type\":\"y\",\"z\":1}", Event.class);

    assertThat(message.roomType()).isEqualTo(RoomType.UNKNOWN);
    assertThat(message.files()).isEmpty();
    assertThat(webhook.resource()).isEqualTo(WebhookResource.UNKNOWN);
    assertThat(webhook.event()).isEqualTo(WebhookEvent.UNKNOWN);
    assertThat(event.resource()).isEqualTo(EventResource.UNKNOWN);
    assertThat(event.type()).isEqualTo(EventType.UNKNOWN);
    assertThat(event.data()).isEmpty();
  }

  private static String read(String fixture) throws IOException {
    try (InputStream in = MessagingFixturesTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
