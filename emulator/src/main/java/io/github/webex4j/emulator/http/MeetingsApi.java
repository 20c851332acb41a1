package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.LicenseStore;
import io.github.webex4j.emulator.store.MeetingStore;
import io.github.webex4j.emulator.store.MeetingStore.Draft;
import io.github.webex4j.emulator.store.MeetingStore.Found;
import io.github.webex4j.emulator.store.MeetingStore.FoundInstance;
import io.github.webex4j.emulator.store.MeetingStore.FoundOccurrence;
import io.github.webex4j.emulator.store.MeetingStore.FoundSeries;
import io.github.webex4j.emulator.store.MeetingStore.Instance;
import io.github.webex4j.emulator.store.MeetingStore.Occurrence;
import io.github.webex4j.emulator.store.MeetingStore.Series;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /meetings}: create (scheduled, recurring, webinar, with registration, ad-hoc for a room),
 * list (series, scheduled occurrences or ended instances in a time window; {@code Link} paging, max
 * 10 / 100), get, PATCH, PUT, DELETE and {@code POST /meetings/{id}/end}. Times are rendered in the
 * {@code timezone} request header's zone, else in the meeting's own zone.
 */
public final class MeetingsApi implements ApiFamily {
  private static final Duration WINDOW = Duration.ofDays(7);
  private static final Set<String> MEETING_TYPES =
      Set.of("meetingSeries", "scheduledMeeting", "meeting");
  private static final Set<String> STATES =
      Set.of("active", "scheduled", "ready", "lobby", "inProgress", "ended", "missed", "expired");
  private static final Set<String> SCHEDULED_TYPES =
      Set.of("meeting", "webinar", "personalRoomMeeting");
  private static final Set<String> JOIN_SECURITY =
      Set.of("allowJoin", "allowJoinWithLobby", "blockFromJoin");
  private static final List<String> HAS_FLAGS =
      List.of(
          "hasChat",
          "hasRecording",
          "hasTranscription",
          "hasSummary",
          "hasClosedCaption",
          "hasPolls",
          "hasQA",
          "hasSlido");
  private static final Set<String> BOOLEAN_SETTINGS =
      Set.of(
          "enabledAutoRecordMeeting",
          "allowAnyUserToBeCoHost",
          "enabledJoinBeforeHost",
          "enableConnectAudioBeforeHost",
          "excludePassword",
          "publicMeeting",
          "enabledWebcastView",
          "enableAutomaticLock",
          "allowFirstUserToBeCoHost",
          "allowAuthenticatedDevices",
          "enabledBreakoutSessions",
          "enabledAudioWatermark",
          "enabledVisualWatermark",
          "requireAttendeeLogin",
          "restrictToInvitees",
          "enabledLiveStream");
  private static final Set<String> NUMBER_SETTINGS =
      Set.of(
          "joinBeforeHostMinutes",
          "reminderTime",
          "sessionTypeId",
          "automaticLockMinutes",
          "visualWatermarkOpacity");
  private static final Set<String> OBJECT_SETTINGS =
      Set.of(
          "meetingOptions",
          "attendeePrivileges",
          "simultaneousInterpretation",
          "audioConnectionOptions",
          "liveStream");
  private static final Set<String> ARRAY_SETTINGS = Set.of("integrationTags", "trackingCodes");
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

  /** Creates the family over {@code world}. */
  public MeetingsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .post("/meetings", this::create)
        .get("/meetings", this::list)
        .get("/meetings/{meetingId}", this::get)
        .patch("/meetings/{meetingId}", this::patch)
        .put("/meetings/{meetingId}", this::put)
        .delete("/meetings/{meetingId}", this::delete)
        .post("/meetings/{meetingId}/end", this::end);
  }

  // ---- rendering ----

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
  ObjectNode renderSeries(Series s, ZoneId zone, boolean current) {
    ObjectNode node = base(s, s.id, s.title, s.agenda, zone);
    Instant now = world.timestamps().now();
    node.put("meetingType", "meetingSeries");
    node.put("state", world.meetings.state(s, now));
    Occurrence next = current ? world.meetings.current(s) : null;
    node.put("start", MeetingTimes.time(next != null ? next.start() : s.start, zone));
    node.put("end", MeetingTimes.time(next != null ? next.end() : s.end, zone));
    Json.put(node, "recurrence", s.recurrence);
    return node;
  }

  ObjectNode renderOccurrence(Occurrence o, ZoneId zone) {
    Series s = o.series();
    ObjectNode node = base(s, o.id(), o.title(), o.agenda(), zone);
    node.put("meetingSeriesId", s.id);
    node.put("meetingType", "scheduledMeeting");
    node.put("state", world.meetings.state(o, world.timestamps().now()));
    node.put("isModified", o.modified());
    node.put("start", MeetingTimes.time(o.start(), zone));
    node.put("end", MeetingTimes.time(o.end(), zone));
    return node;
  }

  ObjectNode renderInstance(Instance i, ZoneId zone) {
    Series s = i.series;
    ObjectNode node = base(s, i.id, i.title, s.agenda, zone);
    node.remove(List.of("registerLink", "registration", "hasRegistrants"));
    node.put("meetingSeriesId", s.id);
    node.put("scheduledMeetingId", i.scheduledMeetingId);
    node.put("meetingType", "meeting");
    node.put("state", "ended");
    node.put("start", MeetingTimes.time(i.start, zone));
    node.put("end", MeetingTimes.time(i.end, zone));
    for (String flag :
        List.of(
            "hasChat", "hasTranscription", "hasClosedCaption", "hasPolls", "hasQA", "hasSlido")) {
      node.put(flag, false);
    }
    node.put("hasRecording", i.hasRecording);
    return node;
  }

  ObjectNode render(Found found, ZoneId zone, boolean current) {
    if (found instanceof FoundSeries f) {
      return renderSeries(f.series(), zone, current);
    }
    if (found instanceof FoundOccurrence f) {
      return renderOccurrence(f.occurrence(), zone);
    }
    return renderInstance(((FoundInstance) found).instance(), zone);
  }

  static Series seriesOf(Found found) {
    if (found instanceof FoundSeries f) {
      return f.series();
    }
    if (found instanceof FoundOccurrence f) {
      return f.occurrence().series();
    }
    return ((FoundInstance) found).instance().series;
  }

  // ---- access ----

  /** The person whose meetings the call is about: {@code hostEmail} for admins, else the caller. */
  static Person host(World world, Person caller, String hostEmail) {
    if (hostEmail == null || hostEmail.equalsIgnoreCase(caller.email)) {
      return caller;
    }
    if (!caller.isAdmin()) {
      throw ApiException.forbidden("Only an administrator may act for another host.");
    }
    return world
        .people
        .findByEmail(hostEmail)
        .orElseThrow(() -> ApiException.badRequest("Invalid value for 'hostEmail': " + hostEmail));
  }

  /** The meeting with {@code id} when {@code caller} hosts it or is an admin; 404 otherwise. */
  static Found visible(World world, Person caller, String id) {
    Found found =
        world.meetings.find(id).orElseThrow(() -> ApiException.notFound("Meeting not found."));
    Series s = seriesOf(found);
    if (!s.hostId.equals(caller.id) && !caller.isAdmin() && !caller.complianceOfficer) {
      throw ApiException.notFound("Meeting not found.");
    }
    return found;
  }

  /**
   * Like {@link #visible}, and also for anyone whose {@code password} header holds the meeting's
   * password (how Webex lets non-invitees see a protected meeting).
   */
  private Found visibleWithPassword(ApiRequest request, String id) {
    String password = request.header("password");
    Found found = world.meetings.find(id).orElse(null);
    if (password != null && found != null && password.equals(seriesOf(found).password)) {
      return found;
    }
    return visible(world, request.caller(), id);
  }

  // ---- parsing ----

  private static String password(String password) {
    if (password == null) {
      return null;
    }
    if (!password.chars().anyMatch(Character::isUpperCase)
        || !password.chars().anyMatch(Character::isLowerCase)) {
      throw ApiException.badRequest(
          "Meeting password validation failed. A mix of uppercase and lowercase letters (A, a,"
              + " B, b, C, c, etc.) is required.");
    }
    if (!password.chars().anyMatch(Character::isDigit)) {
      throw ApiException.badRequest(
          "Meeting password validation failed. A mix of letters and numbers is required.");
    }
    return password;
  }

  /** The documented optional settings present in {@code body}, type-checked. */
  private static ObjectNode settings(JsonBody body, String scheduledType) {
    ObjectNode settings = Json.object();
    for (Map.Entry<String, JsonNode> e : body.node().properties()) {
      String field = e.getKey();
      JsonNode value = e.getValue();
      if (value.isNull()) {
        continue;
      }
      if (BOOLEAN_SETTINGS.contains(field)) {
        settings.put(field, body.optBoolean(field));
      } else if (NUMBER_SETTINGS.contains(field)) {
        if (!value.isNumber()) {
          throw ApiException.badRequest("Invalid value for '" + field + "': expected a number.");
        }
        settings.set(field, value);
      } else if (OBJECT_SETTINGS.contains(field)) {
        settings.set(field, body.optObject(field));
      } else if (ARRAY_SETTINGS.contains(field)) {
        settings.set(field, body.optArray(field));
      } else if (field.equals("unlockedMeetingJoinSecurity")) {
        String security = body.optString(field);
        if (!JOIN_SECURITY.contains(security)) {
          throw ApiException.badRequest("Invalid value for '" + field + "': " + security);
        }
        settings.put(field, security);
      } else if (field.equals("panelistPassword")) {
        settings.put(field, password(body.optString(field)));
      }
    }
    if (settings.path("allowAnyUserToBeCoHost").asBoolean(false)
        && settings.path("allowFirstUserToBeCoHost").asBoolean(false)) {
      // [?] A live 400 quoted in public code comments; not in the official documents.
      throw ApiException.badRequest(
          "allowFirstUserToBeCoHost cannot be enabled together with allowAnyUserToBeCoHost.");
    }
    if (settings.has("joinBeforeHostMinutes")) {
      int minutes = settings.path("joinBeforeHostMinutes").asInt();
      List<Integer> allowed =
          "webinar".equals(scheduledType) ? List.of(0, 15, 30, 45, 60) : List.of(0, 5, 10, 15);
      if (!allowed.contains(minutes)) {
        throw ApiException.badRequest(
            "Invalid value for 'joinBeforeHostMinutes': valid values are " + allowed + ".");
      }
    }
    return settings;
  }

  private static String scheduledType(JsonBody body, String fallback) {
    String type = body.optString("scheduledType");
    if (type == null) {
      return fallback;
    }
    if (!SCHEDULED_TYPES.contains(type)) {
      throw ApiException.badRequest("Invalid value for 'scheduledType': " + type);
    }
    return type;
  }

  // ---- operations ----

  private ApiResponse create(ApiRequest request) {
    JsonBody body = request.json();
    Person host = host(world, request.caller(), body.optString("hostEmail"));
    boolean adhoc = Boolean.TRUE.equals(body.optBoolean("adhoc"));
    String timezone = body.optString("timezone");
    ZoneId zone = MeetingStore.zone(timezone);
    String type = scheduledType(body, "meeting");
    String title = adhoc ? body.optString("title") : body.requiredString("title");
    if (!adhoc && !body.has("start")) {
      throw ApiException.badRequest("The 'start' field is required.");
    }
    if (!adhoc && !body.has("end")) {
      throw ApiException.badRequest("The 'end' field is required.");
    }
    ObjectNode registration = body.optObject("registration");
    Draft draft =
        new Draft(
            title,
            body.optString("agenda"),
            password(body.optString("password")),
            MeetingTimes.parseTime(body.optString("start"), zone, "start"),
            MeetingTimes.parseTime(body.optString("end"), zone, "end"),
            timezone == null ? "UTC" : zone.getId(),
            body.optString("recurrence"),
            type,
            body.optString("roomId"),
            adhoc,
            settings(body, type),
            registration == null ? null : registration.deepCopy());
    int before = world.meetings.allSeries().size();
    Series created = world.meetings.create(host, draft);
    if (created.title == null) {
      created.title = host.displayName + "'s meeting";
    }
    if (world.meetings.allSeries().size() > before) {
      MeetingEvents.meeting(
          world, "created", request.caller(), renderSeries(created, MeetingEvents.UTC, false));
    }
    return ApiResponse.ok(
        renderSeries(created, MeetingTimes.renderZone(request, created.timezone), false));
  }

  private ApiResponse get(ApiRequest request) {
    Found found = visibleWithPassword(request, request.pathParam("meetingId"));
    boolean current = Boolean.TRUE.equals(request.booleanQuery("current"));
    ZoneId zone = MeetingTimes.renderZone(request, seriesOf(found).timezone);
    return ApiResponse.ok(render(found, zone, current));
  }

  /** One listed item: rendered lazily, only when it lands on the requested page. */
  private record Row(String id, Instant start, Supplier<ObjectNode> render) {}

  private ApiResponse list(ApiRequest request) {
    Person host = host(world, request.caller(), request.query("hostEmail"));
    String meetingType = option(request, "meetingType", MEETING_TYPES, "meetingSeries");
    String state = option(request, "state", STATES, null);
    String scheduledType = option(request, "scheduledType", SCHEDULED_TYPES, null);
    Instant now = world.timestamps().now();
    ZoneId zone =
        request.header("timezone") == null ? null : MeetingTimes.renderZone(request, null);
    ZoneId parseZone = zone == null ? ZoneOffset.UTC : zone;
    Instant from = MeetingTimes.parseTime(request.query("from"), parseZone, "from");
    Instant to = MeetingTimes.parseTime(request.query("to"), parseZone, "to");
    boolean instances = meetingType.equals("meeting");
    if (from == null && to == null) {
      from = instances ? now.minus(WINDOW) : now;
      to = instances ? now : now.plus(WINDOW);
    } else if (from == null) {
      from = to.minus(WINDOW);
    } else if (to == null) {
      to = from.plus(WINDOW);
    }
    if (!to.isAfter(from)) {
      throw ApiException.badRequest("'to' must be later than 'from'.");
    }
    Paging.max(request, 10, 100);
    String seriesId = request.query("meetingSeriesId");
    String meetingNumber = request.query("meetingNumber");
    String webLink = request.query("webLink");
    String roomId = request.query("roomId");
    List<Row> rows = new ArrayList<>();
    for (Series s : world.meetings.allSeries()) {
      boolean matches =
          s.hostId.equals(host.id)
              && (seriesId == null || seriesId.equals(s.id))
              && (meetingNumber == null || meetingNumber.equals(s.meetingNumber))
              && (webLink == null || webLink.equals(s.webLink))
              && (roomId == null || roomId.equals(s.roomId))
              && (scheduledType == null || scheduledType.equals(s.scheduledType));
      if (!matches) {
        continue;
      }
      ZoneId shown = zone != null ? zone : MeetingStore.zone(s.timezone);
      if (meetingType.equals("meetingSeries") && !s.adhoc) {
        List<Occurrence> occurrences = world.meetings.occurrences(s);
        Instant lo = from;
        Instant hi = to;
        boolean inWindow =
            occurrences.stream().anyMatch(o -> o.start().isBefore(hi) && o.end().isAfter(lo));
        if (inWindow && (state == null || state.equals(world.meetings.state(s, now)))) {
          rows.add(new Row(s.id, s.start, () -> renderSeries(s, shown, false)));
        }
      } else if (meetingType.equals("scheduledMeeting") && !s.adhoc) {
        for (Occurrence o : world.meetings.occurrences(s)) {
          if (o.start().isBefore(to)
              && o.end().isAfter(from)
              && (state == null || state.equals(world.meetings.state(o, now)))) {
            rows.add(new Row(o.id(), o.start(), () -> renderOccurrence(o, shown)));
          }
        }
      } else if (instances) {
        for (Instance i : world.meetings.instancesOf(s)) {
          if (i.start.isBefore(to)
              && i.end.isAfter(from)
              && (state == null || state.equals("ended"))
              && flagsMatch(request, i)) {
            rows.add(new Row(i.id, i.start, () -> renderInstance(i, shown)));
          }
        }
      }
    }
    rows.sort(Comparator.comparing(Row::start).thenComparing(Row::id));
    return Paging.respond(request, rows, Row::id, row -> row.render().get(), 10, 100);
  }

  private static boolean flagsMatch(ApiRequest request, Instance instance) {
    for (String flag : HAS_FLAGS) {
      Boolean wanted = request.booleanQuery(flag);
      boolean has = flag.equals("hasRecording") && instance.hasRecording;
      if (Boolean.TRUE.equals(wanted) && !has) {
        return false;
      }
    }
    return true;
  }

  private static String option(ApiRequest request, String name, Set<String> allowed, String dflt) {
    String value = request.query(name);
    if (value == null) {
      return dflt;
    }
    if (!allowed.contains(value)) {
      throw ApiException.badRequest("Invalid value for parameter '" + name + "': " + value);
    }
    return value;
  }

  private ApiResponse patch(ApiRequest request) {
    Found found = visible(world, request.caller(), request.pathParam("meetingId"));
    JsonBody body = request.json();
    applyChanges(found, body, false);
    return updated(request, found(found));
  }

  private ApiResponse put(ApiRequest request) {
    Found found = visible(world, request.caller(), request.pathParam("meetingId"));
    JsonBody body = request.json();
    body.requiredString("title");
    body.requiredString("start");
    body.requiredString("end");
    applyChanges(found, body, true);
    return updated(request, found(found));
  }

  private ApiResponse updated(ApiRequest request, Found found) {
    MeetingEvents.meeting(
        world, "updated", request.caller(), render(found, MeetingEvents.UTC, false));
    return ApiResponse.ok(
        render(found, MeetingTimes.renderZone(request, seriesOf(found).timezone), false));
  }

  /** Re-resolves after an update (an occurrence's times may have moved). */
  private Found found(Found before) {
    if (before instanceof FoundOccurrence f) {
      return world.meetings.find(f.occurrence().id()).orElse(before);
    }
    return before;
  }

  /**
   * PATCH ({@code replace=false}) changes what the body names; PUT ({@code replace=true}) also
   * resets the optional settings and clears agenda and recurrence when absent. On an occurrence
   * only title, agenda, start and end apply [?].
   */
  private void applyChanges(Found found, JsonBody body, boolean replace) {
    Series s = seriesOf(found);
    if (found instanceof FoundSeries) {
      MeetingStore.requireChangeable(s);
      String timezone = body.optString("timezone");
      if (timezone != null) {
        s.timezone = MeetingStore.zone(timezone).getId();
      }
    }
    ZoneId zone = MeetingStore.zone(s.timezone);
    String agenda = body.optString("agenda");
    boolean clearAgenda = replace ? agenda == null : body.node().has("agenda") && agenda == null;
    world.meetings.update(
        found,
        body.optString("title"),
        agenda,
        clearAgenda,
        MeetingTimes.parseTime(body.optString("start"), zone, "start"),
        MeetingTimes.parseTime(body.optString("end"), zone, "end"));
    if (!(found instanceof FoundSeries)) {
      return;
    }
    String password = password(body.optString("password"));
    if (password != null) {
      s.password = password;
    }
    if (replace || body.node().has("recurrence")) {
      world.meetings.changeRecurrence(s, body.optString("recurrence"));
    }
    s.scheduledType = scheduledType(body, s.scheduledType);
    ObjectNode settings = settings(body, s.scheduledType);
    if (replace) {
      s.settings = settings;
    } else {
      s.settings.setAll(settings);
      for (String clearable : List.of("trackingCodes", "integrationTags")) {
        if (body.node().has(clearable) && body.node().get(clearable).isNull()) {
          s.settings.remove(clearable);
        }
      }
    }
    ObjectNode registration = body.optObject("registration");
    if (registration != null) {
      s.registration = registration.deepCopy();
    }
  }

  private ApiResponse delete(ApiRequest request) {
    Found found = visible(world, request.caller(), request.pathParam("meetingId"));
    request.booleanQuery("sendEmail");
    ObjectNode rendered = render(found, MeetingEvents.UTC, false);
    world.meetings.delete(found);
    MeetingEvents.meeting(world, "deleted", request.caller(), rendered);
    return ApiResponse.noContent();
  }

  private ApiResponse end(ApiRequest request) {
    Found found = visible(world, request.caller(), request.pathParam("meetingId"));
    if (request.rawBody().length > 0) {
      request.json().optString("reason");
    }
    Instance instance = world.meetings.end(found);
    boolean record = instance.series.settings.path("enabledAutoRecordMeeting").asBoolean(false);
    MeetingEvents.publishEnded(
        world, request.caller(), instance, record ? world.recordings.record(instance) : null);
    return ApiResponse.noContent();
  }
}
