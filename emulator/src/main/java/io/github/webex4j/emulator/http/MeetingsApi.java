package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.render.MeetingRenderer;
import io.github.webex4j.emulator.store.MeetingStore;
import io.github.webex4j.emulator.store.MeetingStore.Draft;
import io.github.webex4j.emulator.store.MeetingStore.Found;
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

  private final World world;
  private final MeetingRenderer renderer;

  /** Creates the family over {@code world}. */
  public MeetingsApi(World world) {
    this.world = world;
    this.renderer = new MeetingRenderer(world);
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
    Person host = world.meetings.hostFor(request.caller(), body.optString("hostEmail"));
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
    Series created = world.meetings.create(host, draft, request.caller());
    return ApiResponse.ok(
        renderer.series(created, MeetingTimes.renderZone(request, created.timezone), false));
  }

  private ApiResponse get(ApiRequest request) {
    Found found = visibleWithPassword(request, request.pathParam("meetingId"));
    boolean current = Boolean.TRUE.equals(request.booleanQuery("current"));
    ZoneId zone = MeetingTimes.renderZone(request, found.series().timezone);
    return ApiResponse.ok(renderer.found(found, zone, current));
  }

  /**
   * Like {@code MeetingStore.visibleTo}, and also for anyone whose {@code password} header holds
   * the meeting's password (how Webex lets non-invitees see a protected meeting).
   */
  private Found visibleWithPassword(ApiRequest request, String id) {
    String password = request.header("password");
    Found found = world.meetings.find(id).orElse(null);
    if (password != null && found != null && password.equals(found.series().password)) {
      return found;
    }
    return world.meetings.visibleTo(request.caller(), id);
  }

  /** One listed item: rendered lazily, only when it lands on the requested page. */
  private record Row(String id, Instant start, Supplier<ObjectNode> render) {}

  private ApiResponse list(ApiRequest request) {
    Person host = world.meetings.hostFor(request.caller(), request.query("hostEmail"));
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
          rows.add(new Row(s.id, s.start, () -> renderer.series(s, shown, false)));
        }
      } else if (meetingType.equals("scheduledMeeting") && !s.adhoc) {
        for (Occurrence o : world.meetings.occurrences(s)) {
          if (o.start().isBefore(to)
              && o.end().isAfter(from)
              && (state == null || state.equals(world.meetings.state(o, now)))) {
            rows.add(new Row(o.id(), o.start(), () -> renderer.occurrence(o, shown)));
          }
        }
      } else if (instances) {
        for (Instance i : world.meetings.instancesOf(s)) {
          if (i.start.isBefore(to)
              && i.end.isAfter(from)
              && (state == null || state.equals("ended"))
              && flagsMatch(request, i)) {
            rows.add(new Row(i.id, i.start, () -> renderer.instance(i, shown)));
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
    Found found = world.meetings.visibleTo(request.caller(), request.pathParam("meetingId"));
    JsonBody body = request.json();
    return updated(request, world.meetings.edit(found, edit(found, body, false), request.caller()));
  }

  private ApiResponse put(ApiRequest request) {
    Found found = world.meetings.visibleTo(request.caller(), request.pathParam("meetingId"));
    JsonBody body = request.json();
    body.requiredString("title");
    body.requiredString("start");
    body.requiredString("end");
    return updated(request, world.meetings.edit(found, edit(found, body, true), request.caller()));
  }

  private ApiResponse updated(ApiRequest request, Found found) {
    return ApiResponse.ok(
        renderer.found(found, MeetingTimes.renderZone(request, found.series().timezone), false));
  }

  /**
   * Parses a change: PATCH ({@code replace=false}) changes what the body names; PUT ({@code
   * replace=true}) also resets the optional settings and clears agenda and recurrence when absent.
   * On an occurrence only title, agenda, start and end apply [?]; times are read in the series'
   * (new) zone.
   */
  private static MeetingStore.Edit edit(Found found, JsonBody body, boolean replace) {
    Series s = found.series();
    boolean series = found instanceof FoundSeries;
    String timezone = series ? body.optString("timezone") : null;
    if (series) {
      MeetingStore.requireChangeable(s);
    }
    ZoneId zone = MeetingStore.zone(timezone != null ? timezone : s.timezone);
    String agenda = body.optString("agenda");
    boolean clearAgenda = replace ? agenda == null : body.node().has("agenda") && agenda == null;
    Instant start = MeetingTimes.parseTime(body.optString("start"), zone, "start");
    Instant end = MeetingTimes.parseTime(body.optString("end"), zone, "end");
    String title = body.optString("title");
    if (!series) {
      return new MeetingStore.Edit(
          null,
          title,
          agenda,
          clearAgenda,
          start,
          end,
          null,
          false,
          null,
          null,
          Json.object(),
          false,
          List.of(),
          null);
    }
    String type = scheduledType(body, s.scheduledType);
    List<String> cleared = new ArrayList<>();
    for (String clearable : List.of("trackingCodes", "integrationTags")) {
      if (!replace && body.node().has(clearable) && body.node().get(clearable).isNull()) {
        cleared.add(clearable);
      }
    }
    ObjectNode registration = body.optObject("registration");
    return new MeetingStore.Edit(
        timezone,
        title,
        agenda,
        clearAgenda,
        start,
        end,
        password(body.optString("password")),
        replace || body.node().has("recurrence"),
        body.optString("recurrence"),
        type,
        settings(body, type),
        replace,
        cleared,
        registration == null ? null : registration.deepCopy());
  }

  private ApiResponse delete(ApiRequest request) {
    Found found = world.meetings.visibleTo(request.caller(), request.pathParam("meetingId"));
    request.booleanQuery("sendEmail");
    world.meetings.delete(found, request.caller());
    return ApiResponse.noContent();
  }

  private ApiResponse end(ApiRequest request) {
    Found found = world.meetings.visibleTo(request.caller(), request.pathParam("meetingId"));
    if (request.rawBody().length > 0) {
      request.json().optString("reason");
    }
    world.meetings.end(found, request.caller());
    return ApiResponse.noContent();
  }
}
