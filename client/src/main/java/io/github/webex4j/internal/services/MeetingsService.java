package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.internal.util.Checks;
import io.github.webex4j.internal.util.Json;
import io.github.webex4j.meetings.AdminMeetingListParams;
import io.github.webex4j.meetings.Meeting;
import io.github.webex4j.meetings.MeetingCreateParams;
import io.github.webex4j.meetings.MeetingDeleteParams;
import io.github.webex4j.meetings.MeetingGetParams;
import io.github.webex4j.meetings.MeetingJoinLinks;
import io.github.webex4j.meetings.MeetingJoinParams;
import io.github.webex4j.meetings.MeetingListParams;
import io.github.webex4j.meetings.MeetingRegistrants;
import io.github.webex4j.meetings.MeetingUpdateParams;
import io.github.webex4j.meetings.Meetings;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link Meetings} over the transport. A {@code with...} view keeps its request headers in {@link
 * #headers}; each call sends the ones its endpoint documents.
 */
public final class MeetingsService implements Meetings {
  private static final String PATH = "meetings";
  private static final String ADMIN_PATH = "admin/meetings";
  private static final String TIMEZONE = "timezone";
  private static final String PASSWORD = "password";

  private final Transport transport;
  private final RequestHeaders headers;

  /**
   * @param transport the client's transport
   */
  public MeetingsService(Transport transport) {
    this(transport, RequestHeaders.none());
  }

  private MeetingsService(Transport transport, RequestHeaders headers) {
    this.transport = transport;
    this.headers = headers;
  }

  /** The transport for {@code GET /meetings} and {@code GET /meetings/{id}}. */
  private Transport reading() {
    return transport.withHeaders(headers.only(TIMEZONE, PASSWORD));
  }

  /** The transport for the admin reads, which document {@code timezone} only. */
  private Transport readingAsAdmin() {
    return transport.withHeaders(headers.only(TIMEZONE));
  }

  @Override
  public Meeting create(MeetingCreateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.post(PATH, params, Meeting.class);
  }

  @Override
  public Page<Meeting> list() {
    return list(MeetingListParams.none());
  }

  @Override
  public Page<Meeting> list(MeetingListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("meetingNumber", params.meetingNumber())
            .add("webLink", params.webLink())
            .add("roomId", params.roomId())
            .add("meetingSeriesId", params.meetingSeriesId())
            .add("max", params.pageSize())
            .add("from", params.from())
            .add("to", params.to())
            .add("meetingType", params.meetingType())
            .add("state", params.state())
            .add("scheduledType", params.scheduledType())
            .add("isModified", params.isModified())
            .add("hasChat", params.hasChat())
            .add("hasRecording", params.hasRecording())
            .add("hasTranscription", params.hasTranscription())
            .add("hasSummary", params.hasSummary())
            .add("hasClosedCaption", params.hasClosedCaption())
            .add("hasPolls", params.hasPolls())
            .add("hasQA", params.hasQA())
            .add("hasSlido", params.hasSlido())
            .add("current", params.current())
            .add("hostEmail", params.hostEmail())
            .add("siteUrl", params.siteUrl())
            .add("integrationTag", params.integrationTag());
    return reading().list(PATH, query, Meeting.class);
  }

  @Override
  public Meeting get(String meetingId) {
    return reading().get(Paths.of(PATH, meetingId), null, Meeting.class);
  }

  @Override
  public Meeting get(String meetingId, MeetingGetParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create().add("current", params.current()).add("hostEmail", params.hostEmail());
    return reading().get(Paths.of(PATH, meetingId), query, Meeting.class);
  }

  /**
   * [?] The API documents declare {@code application/json-patch+json} for this PATCH although the
   * body is a partial meeting object, not RFC 6902 operations; webex4j sends {@code
   * application/json}, which describes the body truthfully.
   */
  @Override
  public Meeting update(String meetingId, MeetingUpdateParams params) {
    Objects.requireNonNull(params, "params");
    String path = Paths.of(PATH, meetingId);
    Map<String, Object> body = new LinkedHashMap<>();
    Map<?, ?> fields = Json.convert(params, Map.class);
    fields.forEach((name, value) -> body.put(String.valueOf(name), value));
    body.remove("fieldsToClear");
    for (String field : params.fieldsToClear()) {
      body.put(field, null);
    }
    return transport.patch(path, body, Meeting.class);
  }

  @Override
  public void delete(String meetingId) {
    transport.delete(Paths.of(PATH, meetingId));
  }

  @Override
  public void delete(String meetingId, MeetingDeleteParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create().add("hostEmail", params.hostEmail()).add("sendEmail", params.sendEmail());
    String path = Paths.of(PATH, meetingId);
    transport.delete(query.isEmpty() ? path : path + "?" + query.encoded());
  }

  @Override
  public void end(String meetingId, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (reason != null) {
      body.put("reason", reason);
    }
    transport.post(Paths.of(PATH, meetingId, "end"), body, Void.class);
  }

  @Override
  public MeetingJoinLinks join(MeetingJoinParams params) {
    Objects.requireNonNull(params, "params");
    Map<String, Object> body = new LinkedHashMap<>();
    Map<?, ?> fields = Json.convert(params, Map.class);
    fields.forEach((name, value) -> body.put(String.valueOf(name), value));
    body.put("joinDirectly", false);
    return transport.post(Paths.of(PATH, "join"), body, MeetingJoinLinks.class);
  }

  @Override
  public Page<Meeting> listForAdmin(AdminMeetingListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("meetingNumber", params.meetingNumber())
            .add("webLink", params.webLink())
            .add("current", params.current());
    return readingAsAdmin().list(ADMIN_PATH, query, Meeting.class);
  }

  @Override
  public Meeting getForAdmin(String meetingId) {
    return readingAsAdmin().get(Paths.of(ADMIN_PATH, meetingId), null, Meeting.class);
  }

  @Override
  public Meeting getForAdmin(String meetingId, boolean current) {
    Query query = Query.create().add("current", current);
    return readingAsAdmin().get(Paths.of(ADMIN_PATH, meetingId), query, Meeting.class);
  }

  @Override
  public Meetings withTimezone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new MeetingsService(transport, headers.with(TIMEZONE, zone.getId()));
  }

  @Override
  public Meetings withPassword(String password) {
    Checks.notBlank(password, "password");
    return new MeetingsService(transport, headers.with(PASSWORD, password));
  }

  @Override
  public MeetingRegistrants registrants() {
    return new MeetingRegistrantsService(transport);
  }
}
