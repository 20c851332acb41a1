package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.LicenseStore;
import io.github.webex4j.emulator.store.MeetingStore;
import io.github.webex4j.emulator.store.MeetingStore.FoundInstance;
import io.github.webex4j.emulator.store.MeetingStore.FoundOccurrence;
import io.github.webex4j.emulator.store.MeetingStore.FoundSeries;
import io.github.webex4j.emulator.store.MeetingStore.Instance;
import io.github.webex4j.emulator.store.MeetingStore.Occurrence;
import io.github.webex4j.emulator.store.MeetingStore.Series;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Meetings as the API shows them: a series, one scheduled occurrence or an ended instance, with
 * times in a given zone.
 */
public final class MeetingRenderer {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  private static final List<String> REGISTRATION_FLAGS =
      List.of(
          "autoAcceptRequest",
          "requireFirstName",
          "requireLastName",
          "requireEmail",
          "requireJobTitle",
          "requireCompanyName",
          "requireAddress1",
          "requireAddress2",
          "requireCity",
          "requireState",
          "requireZipCode",
          "requireCountryRegion",
          "requireWorkPhone",
          "requireFax",
          "maxRegisterNum");

  private final World world;

  /** Renders the meetings of {@code world}. */
  public MeetingRenderer(World world) {
    this.world = world;
  }

  /** A meeting time as ISO-8601 with offset and seconds ({@code Z} for UTC). */
  public static String time(Instant instant, ZoneId zone) {
    return TIME.format(instant.atZone(zone));
  }

  private ObjectNode base(Series s, String id, String title, String agenda, ZoneId zone) {
    Person host = world.people.find(s.hostId).orElse(null);
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("meetingNumber", s.meetingNumber);
    node.put("title", title);
    Json.put(node, "agenda", agenda);
    node.put("password", s.password);
    node.put("phoneAndVideoSystemPassword", s.phoneAndVideoSystemPassword);
    node.put("timezone", zone.getId());
    node.put("hostUserId", s.hostId);
    node.put("hostDisplayName", host == null ? "Former user" : host.displayName);
    node.put("hostEmail", host == null ? "" : host.email);
    node.put("hostKey", s.hostKey);
    node.put("siteUrl", LicenseStore.SITE_URL);
    node.put("webLink", s.webLink);
    node.put("sipAddress", s.meetingNumber + "@" + LicenseStore.SITE_URL);
    node.put("dialInIpAddress", "192.0.2.10");
    Json.put(node, "roomId", s.roomId);
    node.put("scheduledType", s.scheduledType);
    settingsWithDefaults(s, node);
    node.set("telephony", telephony(s));
    node.put("hasRegistration", s.hasRegistration());
    node.put("hasRegistrants", !world.registrants.list(s.id).isEmpty());
    if (s.hasRegistration()) {
      node.put("registerLink", s.registerLink);
      ObjectNode registration = node.putObject("registration");
      for (String flag : REGISTRATION_FLAGS) {
        JsonNode value = s.registration.get(flag);
        if (value != null && (value.isBoolean() || value.isNumber())) {
          registration.set(flag, value);
        }
      }
      for (String always : List.of("requireFirstName", "requireLastName", "requireEmail")) {
        registration.put(always, true);
      }
    }
    return node;
  }

  private static void settingsWithDefaults(Series s, ObjectNode node) {
    boolean webinar = "webinar".equals(s.scheduledType);
    ObjectNode defaults = Json.object();
    for (String flag :
        List.of(
            "enabledAutoRecordMeeting",
            "allowAnyUserToBeCoHost",
            "enabledJoinBeforeHost",
            "enableConnectAudioBeforeHost",
            "excludePassword",
            "publicMeeting",
            "enableAutomaticLock",
            "allowFirstUserToBeCoHost",
            "allowAuthenticatedDevices",
            "enabledBreakoutSessions")) {
      defaults.put(flag, false);
    }
    defaults.put("joinBeforeHostMinutes", 0);
    defaults.put("reminderTime", 10);
    defaults.put("unlockedMeetingJoinSecurity", "allowJoin");
    defaults.put("sessionTypeId", webinar ? 9 : 3);
    defaults.put("automaticLockMinutes", 0);
    ObjectNode options = defaults.putObject("meetingOptions");
    options.put("enabledChat", true).put("enabledVideo", true).put("enabledNote", true);
    options.put("noteType", "allowAll").put("enabledFileTransfer", false);
    options.put("enabledUCFRichMedia", false).put("enabledPolling", webinar);
    if (webinar) {
      defaults.put("enabledWebcastView", false);
      defaults.put("panelistPassword", "Pn" + s.phoneAndVideoSystemPassword);
      defaults.put("phoneAndVideoSystemPanelistPassword", s.hostKey + "00");
    } else {
      ObjectNode privileges = defaults.putObject("attendeePrivileges");
      privileges.put("enabledShareContent", true).put("enabledViewParticipantList", true);
      privileges.put("enabledChatHost", true).put("enabledChatPresenter", true);
      privileges.put("enabledChatOtherParticipants", true);
    }
    ObjectNode audio = defaults.putObject("audioConnectionOptions");
    audio.put("audioConnectionType", "webexAudio").put("enabledTollFreeCallIn", false);
    audio.put("enabledGlobalCallIn", true).put("enabledAudienceCallBack", false);
    audio.put("entryAndExitTone", "beep").put("allowHostToUnmuteParticipants", false);
    audio.put("allowAttendeeToUnmuteSelf", true).put("muteAttendeeUponEntry", true);
    defaults.setAll(s.settings);
    if (webinar) {
      defaults.remove("attendeePrivileges");
    }
    node.setAll(defaults);
  }

  private static ObjectNode telephony(Series s) {
    ObjectNode telephony = Json.object();
    telephony.put("accessCode", s.meetingNumber);
    ArrayNode numbers = telephony.putArray("callInNumbers");
    numbers
        .addObject()
        .put("label", "US Toll")
        .put("callInNumber", "+1-415-555-0100")
        .put("tollType", "toll");
    return telephony;
  }

  /** A series as GET/POST show it; {@code current} shows the next occurrence's times. */
  public ObjectNode series(Series s, ZoneId zone, boolean current) {
    ObjectNode node = base(s, s.id, s.title, s.agenda, zone);
    Instant now = world.timestamps().now();
    node.put("meetingType", "meetingSeries");
    node.put("state", world.meetings.state(s, now));
    Occurrence next = current ? world.meetings.current(s) : null;
    node.put("start", time(next != null ? next.start() : s.start, zone));
    node.put("end", time(next != null ? next.end() : s.end, zone));
    Json.put(node, "recurrence", s.recurrence);
    return node;
  }

  public ObjectNode occurrence(Occurrence o, ZoneId zone) {
    Series s = o.series();
    ObjectNode node = base(s, o.id(), o.title(), o.agenda(), zone);
    node.put("meetingSeriesId", s.id);
    node.put("meetingType", "scheduledMeeting");
    node.put("state", world.meetings.state(o, world.timestamps().now()));
    node.put("isModified", o.modified());
    node.put("start", time(o.start(), zone));
    node.put("end", time(o.end(), zone));
    return node;
  }

  public ObjectNode instance(Instance i, ZoneId zone) {
    Series s = i.series;
    ObjectNode node = base(s, i.id, i.title, s.agenda, zone);
    node.remove(List.of("registerLink", "registration", "hasRegistrants"));
    node.put("meetingSeriesId", s.id);
    node.put("scheduledMeetingId", i.scheduledMeetingId);
    node.put("meetingType", "meeting");
    node.put("state", "ended");
    node.put("start", time(i.start, zone));
    node.put("end", time(i.end, zone));
    for (String flag :
        List.of(
            "hasChat", "hasTranscription", "hasClosedCaption", "hasPolls", "hasQA", "hasSlido")) {
      node.put(flag, false);
    }
    node.put("hasRecording", i.hasRecording);
    return node;
  }

  public ObjectNode found(MeetingStore.Found found, ZoneId zone, boolean current) {
    if (found instanceof FoundSeries f) {
      return series(f.series(), zone, current);
    }
    if (found instanceof FoundOccurrence f) {
      return occurrence(f.occurrence(), zone);
    }
    return instance(((FoundInstance) found).instance(), zone);
  }
}
