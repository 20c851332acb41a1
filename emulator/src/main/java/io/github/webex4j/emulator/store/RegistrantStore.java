package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Registrants of meetings that take registrations, keyed by meeting series id. */
public final class RegistrantStore implements Store {
  /** Form fields a registration form can require, as {@code require<Field>} flags name them. */
  public static final List<String> OPTIONAL_FIELDS =
      List.of(
          "jobTitle",
          "companyName",
          "address1",
          "address2",
          "city",
          "state",
          "zipCode",
          "countryRegion",
          "workPhone",
          "fax");

  /** One registrant. {@code fields} holds the optional form fields as sent. */
  public static final class Registrant {
    public final String id;
    public final String meetingId;
    public final String firstName;
    public final String lastName;
    public final String email;
    public final String status;
    public final Instant registrationTime;
    public final ObjectNode fields;

    Registrant(
        String id,
        String meetingId,
        String firstName,
        String lastName,
        String email,
        String status,
        Instant registrationTime,
        ObjectNode fields) {
      this.id = id;
      this.meetingId = meetingId;
      this.firstName = firstName;
      this.lastName = lastName;
      this.email = email;
      this.status = status;
      this.registrationTime = registrationTime;
      this.fields = fields;
    }
  }

  private final World world;
  private final Map<String, Map<String, Registrant>> byMeeting = new LinkedHashMap<>();
  private long sequence;

  RegistrantStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byMeeting.clear();
    sequence = 0;
  }

  /**
   * Registers someone for a meeting series. Approved at once when the form says {@code
   * autoAcceptRequest}, pending otherwise.
   *
   * @param fields the optional form fields and {@code customizedQuestions} as sent
   * @throws RuleViolation 400 when the meeting takes no registration or a field the form requires
   *     is missing; 409 when the email is already registered [?]
   */
  public Registrant register(
      MeetingStore.Series meeting,
      String firstName,
      String lastName,
      String email,
      ObjectNode fields) {
    ObjectNode form = meeting.registration;
    if (form == null) {
      throw RuleViolation.badRequest("The meeting does not have registration enabled.");
    }
    for (String field : OPTIONAL_FIELDS) {
      String flag = "require" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
      JsonNode value = fields.get(field);
      if (form.path(flag).asBoolean(false) && (value == null || value.asText().isBlank())) {
        throw RuleViolation.badRequest("The registration form requires " + field + ".");
      }
    }
    Map<String, Registrant> registrants =
        byMeeting.computeIfAbsent(meeting.id, k -> new LinkedHashMap<>());
    for (Registrant existing : registrants.values()) {
      if (existing.email.equalsIgnoreCase(email)) {
        throw RuleViolation.conflict("The email " + email + " is already registered.");
      }
    }
    sequence++;
    Registrant registrant =
        new Registrant(
            Long.toString(1_000_000L + sequence),
            meeting.id,
            firstName,
            lastName,
            email.toLowerCase(Locale.ROOT),
            form.path("autoAcceptRequest").asBoolean(false) ? "approved" : "pending",
            world.timestamps().next(),
            fields);
    registrants.put(registrant.id, registrant);
    return registrant;
  }

  /** The registrants of a meeting series in registration order. */
  public List<Registrant> list(String meetingId) {
    return new ArrayList<>(byMeeting.getOrDefault(meetingId, Map.of()).values());
  }

  /** One registrant of a meeting series, if any. */
  public Optional<Registrant> find(String meetingId, String registrantId) {
    return Optional.ofNullable(byMeeting.getOrDefault(meetingId, Map.of()).get(registrantId));
  }

  /** Removes one registrant. */
  public void delete(Registrant registrant) {
    byMeeting.getOrDefault(registrant.meetingId, new LinkedHashMap<>()).remove(registrant.id);
  }

  /** Forgets every registrant of a deleted meeting series. */
  public void removeMeeting(String meetingId) {
    byMeeting.remove(meetingId);
  }

  /** Puts a snapshot's registrant back; later registrants get higher ids. */
  void restore(Registrant registrant) {
    try {
      sequence = Math.max(sequence, Long.parseLong(registrant.id) - 1_000_000L);
    } catch (NumberFormatException e) {
      // a label from a hand-written seed: it cannot collide with a generated id
    }
    byMeeting
        .computeIfAbsent(registrant.meetingId, k -> new LinkedHashMap<>())
        .put(registrant.id, registrant);
  }
}
