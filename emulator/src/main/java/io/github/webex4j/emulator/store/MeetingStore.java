package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Meetings (REFERENCE 2.14): series, the scheduled occurrences their recurrence rule yields, and
 * the ended instances that {@link #end} produces. Ids follow REFERENCE 1.6: a series id is 32 hex
 * characters, an occurrence adds {@code _<yyyyMMdd'T'HHmmss'Z'>} of its original start, an instance
 * adds {@code _I_<18 digits>}. Nothing is ever "in progress": a meeting is scheduled until it is
 * ended through the API or the control call.
 */
public final class MeetingStore implements Store {
  /** How long before its start a scheduled occurrence counts as {@code ready} [?]. */
  public static final Duration READY_WINDOW = Duration.ofMinutes(15);

  private static final Duration MIN_LENGTH = Duration.ofMinutes(10);
  private static final Duration MAX_LENGTH = Duration.ofHours(23).plusMinutes(59);
  private static final Duration ADHOC_START = Duration.ofMinutes(5);
  private static final Duration ADHOC_END = Duration.ofMinutes(20);
  private static final DateTimeFormatter OCCURRENCE_SUFFIX =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Map<String, Integer> MAX_OCCURRENCES =
      Map.of("DAILY", 1826, "WEEKLY", 261, "MONTHLY", 60, "YEARLY", 5);

  /** A meeting series (also a one-off meeting, which is a series with one occurrence). */
  public static final class Series {
    public final String id;
    public final String hostId;
    public final String meetingNumber;
    public final String hostKey;
    public final String webLink;
    public final String registerLink;
    public final String phoneAndVideoSystemPassword;
    public final Instant created;
    public final boolean adhoc;
    public String title;
    public String agenda;
    public String password;
    public String timezone;
    public String recurrence;
    public String scheduledType;
    public String roomId;
    public Instant start;
    public Instant end;

    /** Optional settings as accepted (only documented fields, checked for type). */
    public ObjectNode settings = JsonNodeFactory.instance.objectNode();

    /** The registration form, or null when the meeting takes no registration. */
    public ObjectNode registration;

    final Set<String> cancelled = new LinkedHashSet<>();
    final Map<String, Change> overrides = new HashMap<>();

    Series(String id, String hostId, Instant created, boolean adhoc, long seed) {
      this.id = id;
      this.hostId = hostId;
      this.created = created;
      this.adhoc = adhoc;
      long positive = seed & Long.MAX_VALUE;
      this.meetingNumber = "2" + String.format(Locale.ROOT, "%09d", positive % 1_000_000_000L);
      this.hostKey = String.format(Locale.ROOT, "%06d", (positive / 7) % 1_000_000L);
      this.phoneAndVideoSystemPassword =
          String.format(Locale.ROOT, "%08d", (positive / 13) % 100_000_000L);
      this.webLink = "https://" + LicenseStore.SITE_URL + "/emulator/j.php?MTID=m" + id;
      this.registerLink =
          "https://"
              + LicenseStore.SITE_URL
              + "/weblink/register/r"
              + new StringBuilder(id).reverse();
    }

    /** True when the meeting takes registrations. */
    public boolean hasRegistration() {
      return registration != null;
    }
  }

  /** Per-occurrence changes made with PATCH or PUT on an occurrence id. */
  static final class Change {
    String title;
    String agenda;
    Instant start;
    Instant end;
  }

  /** One scheduled occurrence of a series (computed, not stored). */
  public record Occurrence(Series series, String id, Instant start, Instant end, boolean modified) {
    /** The occurrence's title (its own when changed, else the series'). */
    public String title() {
      Change o = series.overrides.get(id);
      return o != null && o.title != null ? o.title : series.title;
    }

    /** The occurrence's agenda (its own when changed, else the series'). */
    public String agenda() {
      Change o = series.overrides.get(id);
      return o != null && o.agenda != null ? o.agenda : series.agenda;
    }
  }

  /** An ended meeting instance. */
  public static final class Instance {
    public final String id;
    public final Series series;
    public final String scheduledMeetingId;
    public final String title;
    public final Instant start;
    public final Instant end;
    public boolean hasRecording;

    Instance(
        String id,
        Series series,
        String scheduledMeetingId,
        String title,
        Instant start,
        Instant end) {
      this.id = id;
      this.series = series;
      this.scheduledMeetingId = scheduledMeetingId;
      this.title = title;
      this.start = start;
      this.end = end;
    }
  }

  /** Any of the three kinds, as {@code GET /meetings/{id}} resolves an id. */
  public sealed interface Found permits FoundSeries, FoundOccurrence, FoundInstance {
    /** The series it belongs to. */
    Series series();
  }

  /** A series id. */
  public record FoundSeries(Series series) implements Found {}

  /** An occurrence id. */
  public record FoundOccurrence(Occurrence occurrence) implements Found {
    @Override
    public Series series() {
      return occurrence.series();
    }
  }

  /** An instance id. */
  public record FoundInstance(Instance instance) implements Found {
    @Override
    public Series series() {
      return instance.series;
    }
  }

  /**
   * The person whose meetings a call is about: {@code hostEmail} for admins, else the caller.
   *
   * @throws RuleViolation 403 when a non-admin names another host; 400 for an unknown email
   */
  public Person hostFor(Person caller, String hostEmail) {
    if (hostEmail == null || hostEmail.equalsIgnoreCase(caller.email)) {
      return caller;
    }
    if (!caller.isAdmin()) {
      throw RuleViolation.forbidden("Only an administrator may act for another host.");
    }
    return world
        .people
        .findByEmail(hostEmail)
        .orElseThrow(() -> RuleViolation.badRequest("Invalid value for 'hostEmail': " + hostEmail));
  }

  /**
   * The meeting with {@code id} when {@code caller} hosts it or is an admin or compliance officer.
   *
   * @throws RuleViolation 404 otherwise
   */
  public Found visibleTo(Person caller, String id) {
    Found found = require(id);
    Series s = found.series();
    if (!s.hostId.equals(caller.id) && !caller.isAdmin() && !caller.complianceOfficer) {
      throw RuleViolation.notFound("Meeting not found.");
    }
    return found;
  }

  private final World world;
  private final Map<String, Series> series = new LinkedHashMap<>();
  private final Map<String, Instance> instances = new LinkedHashMap<>();
  private final Map<String, Instant> startedAt = new LinkedHashMap<>();
  private long instanceSequence;

  MeetingStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    series.clear();
    instances.clear();
    startedAt.clear();
    instanceSequence = 0;
  }

  /** The parameters of a new meeting after the handler parsed the body. */
  public record Draft(
      String title,
      String agenda,
      String password,
      Instant start,
      Instant end,
      String timezone,
      String recurrence,
      String scheduledType,
      String roomId,
      boolean adhoc,
      ObjectNode settings,
      ObjectNode registration) {}

  /**
   * {@code actor} creates a meeting hosted by {@code host} (untitled: "{host}'s meeting"),
   * publishing meetings {@code created}; for {@code adhoc} returns the room's ad-hoc meeting when
   * one has not ended yet.
   *
   * @throws RuleViolation 400 for invalid times or recurrence, 404 for a room the host is not in
   */
  public Series create(Person host, Draft draft, Person actor) {
    int before = series.size();
    Series created = create(host, draft);
    if (created.title == null) {
      created.title = host.displayName + "'s meeting";
    }
    if (series.size() > before) {
      world.changed("meetings", "created", actor, created);
    }
    return created;
  }

  private Series create(Person host, Draft draft) {
    Instant now = world.timestamps().now();
    if (draft.roomId() != null) {
      world
          .rooms
          .find(draft.roomId())
          .filter(room -> world.memberships.find(room.id, host.id).isPresent())
          .orElseThrow(() -> RuleViolation.notFound("Could not find a room with provided ID."));
    }
    Instant start = draft.start();
    Instant end = draft.end();
    String timezone = draft.timezone();
    String recurrence = draft.recurrence();
    if (draft.adhoc()) {
      if (draft.roomId() == null) {
        throw RuleViolation.badRequest("roomId is required for an ad-hoc meeting.");
      }
      for (Series existing : series.values()) {
        if (existing.adhoc
            && draft.roomId().equals(existing.roomId)
            && existing.end.isAfter(now)
            && instancesOf(existing).isEmpty()) {
          return existing;
        }
      }
      start = now.truncatedTo(ChronoUnit.MINUTES).plus(ADHOC_START);
      end = now.truncatedTo(ChronoUnit.MINUTES).plus(ADHOC_END);
      timezone = "UTC";
      recurrence = null;
    } else {
      validateTimes(start, end, now);
      expand(start, zone(timezone), recurrence);
    }
    UUID uuid = world.ids().uuid();
    Series created =
        new Series(
            uuid.toString().replace("-", ""),
            host.id,
            world.timestamps().next(),
            draft.adhoc(),
            uuid.getLeastSignificantBits());
    created.title = draft.title();
    created.agenda = draft.agenda();
    created.password =
        draft.password() != null ? draft.password() : "Em" + created.phoneAndVideoSystemPassword;
    created.start = start;
    created.end = end;
    created.timezone = timezone;
    created.recurrence = recurrence;
    created.scheduledType = draft.scheduledType();
    created.roomId = draft.roomId();
    created.settings = draft.settings();
    created.registration = draft.registration();
    series.put(created.id, created);
    return created;
  }

  /**
   * Checks a start/end pair: both present, start not before the current minute, length between 10
   * minutes and 23 hours 59 minutes (REFERENCE 2.14 / S1 create and update rules).
   */
  public static void validateTimes(Instant start, Instant end, Instant now) {
    if (start == null || end == null) {
      throw RuleViolation.badRequest("start and end are required.");
    }
    if (start.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
      throw RuleViolation.badRequest("start cannot be before current date and time.");
    }
    Duration length = Duration.between(start, end);
    if (length.compareTo(MIN_LENGTH) < 0 || length.compareTo(MAX_LENGTH) > 0) {
      throw RuleViolation.badRequest(
          "Duration between start and end cannot be shorter than 10 minutes or longer than 23"
              + " hours 59 minutes.");
    }
  }

  /** The IANA zone {@code timezone} (UTC when null); 400 when unknown. */
  public static ZoneId zone(String timezone) {
    if (timezone == null) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(timezone);
    } catch (DateTimeException e) {
      throw RuleViolation.badRequest("Invalid timezone: " + timezone);
    }
  }

  /**
   * The occurrence starts of a series: {@code start} alone without a rule, else the RFC 2445 rule
   * {@code FREQ=DAILY|WEEKLY|MONTHLY|YEARLY} with {@code INTERVAL}, {@code COUNT} or {@code UNTIL}
   * stepped in {@code zone}, capped at 5 years (1826 daily, 261 weekly, 60 monthly, 5 yearly
   * occurrences). [?] Other rule parts (BYDAY, BYMONTHDAY, ...) are accepted and ignored.
   *
   * @throws RuleViolation 400 for a malformed rule or one beyond the caps
   */
  public static List<Instant> expand(Instant start, ZoneId zone, String rule) {
    if (rule == null || rule.isBlank()) {
      return List.of(start);
    }
    Map<String, String> parts = new HashMap<>();
    for (String part : rule.split(";")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw RuleViolation.badRequest("Invalid recurrence: " + rule);
      }
      parts.put(part.substring(0, eq).trim().toUpperCase(Locale.ROOT), part.substring(eq + 1));
    }
    String freq = parts.getOrDefault("FREQ", "").toUpperCase(Locale.ROOT);
    Integer cap = MAX_OCCURRENCES.get(freq);
    if (cap == null) {
      throw RuleViolation.badRequest("Invalid recurrence FREQ: " + rule);
    }
    int interval = positive(parts.getOrDefault("INTERVAL", "1"), rule);
    int count = parts.containsKey("COUNT") ? positive(parts.get("COUNT"), rule) : cap;
    if (count > cap) {
      throw RuleViolation.badRequest("The recurrence exceeds " + cap + " occurrences.");
    }
    Instant until = parts.containsKey("UNTIL") ? until(parts.get("UNTIL"), zone, rule) : null;
    ZonedDateTime first = start.atZone(zone);
    Instant horizon = first.plusYears(5).toInstant();
    List<Instant> out = new ArrayList<>();
    for (int i = 0; out.size() < count; i++) {
      long step = (long) i * interval;
      ZonedDateTime next;
      try {
        next =
            switch (freq) {
              case "DAILY" -> first.plusDays(step);
              case "WEEKLY" -> first.plusWeeks(step);
              case "MONTHLY" -> first.plusMonths(step);
              default -> first.plusYears(step);
            };
      } catch (DateTimeException e) {
        break; // beyond the calendar, so far past the 5-year horizon
      }
      Instant at = next.toInstant();
      if ((until != null && at.isAfter(until)) || at.isAfter(horizon)) {
        break;
      }
      out.add(at);
    }
    return out;
  }

  private static int positive(String raw, String rule) {
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < 1) {
        throw RuleViolation.badRequest("Invalid recurrence: " + rule);
      }
      return value;
    } catch (NumberFormatException e) {
      throw RuleViolation.badRequest("Invalid recurrence: " + rule);
    }
  }

  private static Instant until(String raw, ZoneId zone, String rule) {
    try {
      if (raw.length() == 8) {
        return LocalDate.parse(raw, DateTimeFormatter.BASIC_ISO_DATE)
            .plusDays(1)
            .atStartOfDay(zone)
            .toInstant();
      }
      if (raw.endsWith("Z")) {
        return OCCURRENCE_SUFFIX.parse(raw, Instant::from);
      }
      return LocalDateTime.parse(raw, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
          .atZone(zone)
          .toInstant();
    } catch (DateTimeException e) {
      throw RuleViolation.badRequest("Invalid recurrence UNTIL: " + rule);
    }
  }

  /** The occurrences of a series that were not cancelled, earliest first. */
  public List<Occurrence> occurrences(Series s) {
    Duration length = Duration.between(s.start, s.end);
    List<Occurrence> out = new ArrayList<>();
    for (Instant start : expand(s.start, zone(s.timezone), s.recurrence)) {
      String id = s.id + "_" + OCCURRENCE_SUFFIX.format(start);
      if (s.cancelled.contains(id)) {
        continue;
      }
      Change o = s.overrides.get(id);
      Instant from = o != null && o.start != null ? o.start : start;
      Instant to = o != null && o.end != null ? o.end : start.plus(length);
      out.add(new Occurrence(s, id, from, to, o != null));
    }
    out.sort(Comparator.comparing(Occurrence::start));
    return out;
  }

  /** The ended instances of a series, earliest first. */
  public List<Instance> instancesOf(Series s) {
    return instances.values().stream().filter(i -> i.series == s).toList();
  }

  /** Every series (ad-hoc ones included), oldest first. */
  public List<Series> allSeries() {
    return new ArrayList<>(series.values());
  }

  /** Every ended instance, oldest first. */
  public List<Instance> allInstances() {
    return new ArrayList<>(instances.values());
  }

  /** Resolves a series, occurrence or instance id. */
  public Optional<Found> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Instance instance = instances.get(id);
    if (instance != null) {
      return Optional.of(new FoundInstance(instance));
    }
    Series s = series.get(id);
    if (s != null) {
      return Optional.of(new FoundSeries(s));
    }
    int underscore = id.indexOf('_');
    if (underscore > 0) {
      Series parent = series.get(id.substring(0, underscore));
      if (parent != null) {
        for (Occurrence occurrence : occurrences(parent)) {
          if (occurrence.id().equals(id)) {
            return Optional.of(new FoundOccurrence(occurrence));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The state of a series: {@code active} while an occurrence has not ended, else expired. */
  public String state(Series s, Instant now) {
    boolean upcoming = occurrences(s).stream().anyMatch(o -> o.end().isAfter(now) && !ended(o));
    return upcoming ? "active" : "expired";
  }

  /**
   * The state of an occurrence: ended, inProgress (started through the control API), missed, ready
   * (15 minutes before start) or scheduled.
   */
  public String state(Occurrence o, Instant now) {
    if (ended(o)) {
      return "ended";
    }
    if (startedAt.containsKey(o.id())) {
      return "inProgress";
    }
    if (!o.end().isAfter(now)) {
      return "missed";
    }
    return now.isBefore(o.start().minus(READY_WINDOW)) ? "scheduled" : "ready";
  }

  private boolean ended(Occurrence o) {
    return instances.values().stream().anyMatch(i -> o.id().equals(i.scheduledMeetingId));
  }

  /** The occurrence {@link #end} would end: the first one not ended, or null when none is left. */
  public Occurrence current(Series s) {
    return occurrences(s).stream().filter(o -> !ended(o)).findFirst().orElse(null);
  }

  /**
   * Starts the current occurrence of a series, or the given occurrence, as if its host had opened
   * it now: it is {@code inProgress} until {@link #end} records it from this moment. Publishes
   * meetings {@code started} with the host as actor [?]: Webex documents the event, not when it
   * fires.
   *
   * @return the started occurrence
   * @throws RuleViolation 404 for an unknown id; 400 when there is nothing left to start or it is
   *     already in progress [?]
   */
  public Occurrence start(String meetingId) {
    Occurrence occurrence = startUnpublished(require(meetingId));
    Person host = world.people.find(occurrence.series().hostId).orElse(world.admin());
    world.changed("meetings", "started", host, occurrence);
    return occurrence;
  }

  private Occurrence startUnpublished(Found found) {
    Occurrence occurrence = unended(found);
    if (startedAt.containsKey(occurrence.id())) {
      throw RuleViolation.badRequest("The meeting is already in progress.");
    }
    startedAt.put(occurrence.id(), world.timestamps().now().truncatedTo(ChronoUnit.SECONDS));
    return occurrence;
  }

  private Found require(String meetingId) {
    return find(meetingId).orElseThrow(() -> RuleViolation.notFound("Meeting not found."));
  }

  private Occurrence unended(Found found) {
    Occurrence occurrence = null;
    if (found instanceof FoundSeries f) {
      occurrence = current(f.series());
    } else if (found instanceof FoundOccurrence f && !ended(f.occurrence())) {
      occurrence = f.occurrence();
    }
    if (occurrence == null) {
      throw RuleViolation.badRequest("The meeting has already ended.");
    }
    return occurrence;
  }

  /**
   * Ends the current occurrence of a series, or the given occurrence: records an ended instance
   * that ran from when {@link #start} started it, or else for the occurrence's scheduled length, up
   * to now; records it when the series records automatically. Publishes meetings {@code ended} (and
   * recordings {@code created}).
   *
   * @throws RuleViolation 400 when there is nothing left to end
   */
  public Instance end(Found found, Person actor) {
    Instance instance = endUnpublished(found);
    boolean record = instance.series.settings.path("enabledAutoRecordMeeting").asBoolean(false);
    publishEnded(instance, record ? world.recordings.record(instance) : null, actor);
    return instance;
  }

  /**
   * Ends a meeting as the control API does (as if held by its host for its scheduled length, or
   * from when it was started, up to now) and records it; publishes meetings {@code ended} and
   * recordings {@code created} with the host as actor.
   *
   * @throws RuleViolation 404 for an unknown id; 400 when there is nothing left to end
   */
  public RecordingStore.Recording endAndRecord(String meetingId) {
    Instance instance = endUnpublished(require(meetingId));
    RecordingStore.Recording recording = world.recordings.record(instance);
    Person host = world.people.find(instance.series.hostId).orElse(world.admin());
    publishEnded(instance, recording, host);
    return recording;
  }

  private void publishEnded(Instance instance, RecordingStore.Recording recording, Person actor) {
    world.changed("meetings", "ended", actor, instance);
    if (recording != null) {
      world.changed("recordings", "created", actor, recording);
    }
  }

  private Instance endUnpublished(Found found) {
    Occurrence occurrence = unended(found);
    Instant now = world.timestamps().now().truncatedTo(ChronoUnit.SECONDS);
    Instant started = startedAt.remove(occurrence.id());
    Duration length =
        started != null
            ? Duration.between(started, now)
            : Duration.between(occurrence.start(), occurrence.end());
    instanceSequence++;
    String number =
        String.format(
            Locale.ROOT,
            "%018d",
            (now.toEpochMilli() % 1_000_000_000_000L) * 100_000 + instanceSequence);
    Instance instance =
        new Instance(
            occurrence.series().id + "_I_" + number,
            occurrence.series(),
            occurrence.id(),
            occurrence.title(),
            now.minus(length),
            now);
    instances.put(instance.id, instance);
    return instance;
  }

  /**
   * What {@code PATCH} and {@code PUT} change once parsed: null fields keep their value. On an
   * occurrence only title, agenda, start and end apply [?].
   *
   * @param timezone a series' new zone
   * @param clearAgenda whether a null {@code agenda} clears it
   * @param changeRecurrence whether {@code recurrence} replaces the rule (null: a single meeting)
   * @param settings settings to merge into the series' (or, with {@code replaceSettings}, to
   *     replace them), minus {@code clearedSettings}
   * @param registration the new registration form
   */
  public record Edit(
      String timezone,
      String title,
      String agenda,
      boolean clearAgenda,
      Instant start,
      Instant end,
      String password,
      boolean changeRecurrence,
      String recurrence,
      String scheduledType,
      ObjectNode settings,
      boolean replaceSettings,
      List<String> clearedSettings,
      ObjectNode registration) {}

  /**
   * {@code actor} changes a series or one occurrence; publishes meetings {@code updated} with the
   * meeting as it is now. Changing a series' start, end or recurrence cancels the exceptions of its
   * occurrences.
   *
   * @return the meeting as found again after the change (an occurrence's id may have moved)
   * @throws RuleViolation 400 for an ad-hoc or ended meeting, invalid times or recurrence
   */
  public Found edit(Found found, Edit edit, Person actor) {
    if (found instanceof FoundSeries f) {
      Series s = f.series();
      requireChangeable(s);
      if (edit.timezone() != null) {
        s.timezone = zone(edit.timezone()).getId();
      }
    }
    update(found, edit.title(), edit.agenda(), edit.clearAgenda(), edit.start(), edit.end());
    if (found instanceof FoundSeries f) {
      Series s = f.series();
      if (edit.password() != null) {
        s.password = edit.password();
      }
      if (edit.changeRecurrence()) {
        changeRecurrence(s, edit.recurrence());
      }
      if (edit.scheduledType() != null) {
        s.scheduledType = edit.scheduledType();
      }
      if (edit.replaceSettings()) {
        s.settings = edit.settings();
      } else {
        s.settings.setAll(edit.settings());
        edit.clearedSettings().forEach(s.settings::remove);
      }
      if (edit.registration() != null) {
        s.registration = edit.registration();
      }
    }
    Found now =
        found instanceof FoundOccurrence f ? find(f.occurrence().id()).orElse(found) : found;
    world.changed("meetings", "updated", actor, subject(now));
    return now;
  }

  /** The series, occurrence or instance that {@code found} holds. */
  private static Object subject(Found found) {
    if (found instanceof FoundSeries f) {
      return f.series();
    }
    if (found instanceof FoundOccurrence f) {
      return f.occurrence();
    }
    return ((FoundInstance) found).instance();
  }

  /**
   * Applies a change to a series, or to one occurrence (title, agenda, start and end only).
   * Changing a series' start, end or recurrence cancels the exceptions of its occurrences.
   */
  private void update(
      Found found, String title, String agenda, boolean clearAgenda, Instant start, Instant end) {
    Instant now = world.timestamps().now();
    if (found instanceof FoundSeries f) {
      Series s = f.series();
      requireChangeable(s);
      Instant newStart = start != null ? start : s.start;
      Instant newEnd = end != null ? end : s.end;
      if (start != null || end != null) {
        validateTimes(newStart, newEnd, now);
        s.overrides.clear();
        s.cancelled.clear();
      }
      s.start = newStart;
      s.end = newEnd;
      if (title != null) {
        s.title = title;
      }
      if (agenda != null || clearAgenda) {
        s.agenda = agenda;
      }
    } else if (found instanceof FoundOccurrence f) {
      Occurrence o = f.occurrence();
      requireChangeable(o.series());
      if (ended(o)) {
        throw RuleViolation.badRequest("An ended meeting cannot be updated.");
      }
      Change change = o.series().overrides.computeIfAbsent(o.id(), k -> new Change());
      if (start != null || end != null) {
        Instant newStart = start != null ? start : o.start();
        Instant newEnd = end != null ? end : o.end();
        validateTimes(newStart, newEnd, now);
        change.start = newStart;
        change.end = newEnd;
      }
      if (title != null) {
        change.title = title;
      }
      if (agenda != null || clearAgenda) {
        change.agenda = agenda;
      }
    } else {
      throw RuleViolation.badRequest("An ended or in-progress meeting cannot be updated.");
    }
  }

  /**
   * Replaces a series' recurrence rule (null makes it a single meeting); cancels the exceptions of
   * its occurrences.
   *
   * @throws RuleViolation 400 for an invalid rule
   */
  private void changeRecurrence(Series s, String rule) {
    requireChangeable(s);
    expand(s.start, zone(s.timezone), rule);
    s.recurrence = rule;
    s.overrides.clear();
    s.cancelled.clear();
  }

  /** Checks that a series can be changed or deleted (ad-hoc meetings cannot). */
  public static void requireChangeable(Series s) {
    if (s.adhoc) {
      throw RuleViolation.badRequest("An ad-hoc meeting cannot be updated or deleted.");
    }
  }

  /**
   * {@code actor} deletes a series (its ended instances remain) or cancels one occurrence;
   * publishes meetings {@code deleted} with the meeting as it was.
   *
   * @throws RuleViolation 400 for an ad-hoc meeting or an ended instance
   */
  public void delete(Found found, Person actor) {
    if (found instanceof FoundSeries f) {
      requireChangeable(f.series());
    } else if (found instanceof FoundOccurrence f) {
      requireChangeable(f.occurrence().series());
    } else {
      throw RuleViolation.badRequest("A meeting instance cannot be deleted.");
    }
    world.changed("meetings", "deleted", actor, subject(found));
    if (found instanceof FoundSeries f) {
      series.remove(f.series().id);
      world.registrants.removeMeeting(f.series().id);
    } else if (found instanceof FoundOccurrence f) {
      f.occurrence().series().cancelled.add(f.occurrence().id());
    }
  }

  /**
   * A changed occurrence of a series, for snapshots: its title, agenda and times (null: unchanged).
   */
  record ChangedOccurrence(
      String occurrenceId, String title, String agenda, Instant start, Instant end) {}

  /** The changed occurrences of {@code s} (for snapshots). */
  static List<ChangedOccurrence> exceptions(Series s) {
    List<ChangedOccurrence> out = new ArrayList<>();
    s.overrides.forEach(
        (id, c) -> out.add(new ChangedOccurrence(id, c.title, c.agenda, c.start, c.end)));
    out.sort(Comparator.comparing(ChangedOccurrence::occurrenceId));
    return out;
  }

  /** The cancelled occurrence ids of {@code s} (for snapshots). */
  static List<String> cancelled(Series s) {
    return List.copyOf(s.cancelled);
  }

  /** Occurrence ids started and not yet ended, with when (for snapshots). */
  Map<String, Instant> started() {
    return Map.copyOf(startedAt);
  }

  /**
   * Puts a snapshot's series back; its meeting number, host key and links follow from its id (a
   * UUID without dashes), as when it was created.
   *
   * @throws RuleViolation 400 for an id that is not such a UUID
   */
  Series restore(String id, String hostId, Instant created, boolean adhoc) {
    if (!id.matches("[0-9a-f]{32}")) {
      throw RuleViolation.badRequest("meetings[].id is not a meeting series id: " + id);
    }
    long bits = Long.parseUnsignedLong(id.substring(16), 16);
    Series s = new Series(id, hostId, created, adhoc, bits);
    series.put(id, s);
    return s;
  }

  /** Adds a snapshot's exception or cancellation to {@code s}. */
  static void restore(Series s, ChangedOccurrence exception) {
    Change change = new Change();
    change.title = exception.title();
    change.agenda = exception.agenda();
    change.start = exception.start();
    change.end = exception.end();
    s.overrides.put(exception.occurrenceId(), change);
  }

  /** Cancels a snapshot's occurrence of {@code s}. */
  static void restoreCancelled(Series s, String occurrenceId) {
    s.cancelled.add(occurrenceId);
  }

  /** Puts a snapshot's ended instance back. */
  Instance restore(
      String id, Series s, String scheduledMeetingId, String title, Instant start, Instant end) {
    Instance instance = new Instance(id, s, scheduledMeetingId, title, start, end);
    instances.put(id, instance);
    return instance;
  }

  /** Marks a snapshot's occurrence as started at {@code at}. */
  void restoreStarted(String occurrenceId, Instant at) {
    startedAt.put(occurrenceId, at);
  }
}
