package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.store.LicenseStore;
import io.github.webex4j.emulator.store.MeetingStore.Found;
import io.github.webex4j.emulator.store.MeetingStore.FoundInstance;
import io.github.webex4j.emulator.store.MeetingStore.Series;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code POST /meetings/join}: start and join links for a meeting named by exactly one of {@code
 * meetingId} (series or scheduled meeting), {@code meetingNumber} and {@code webLink}. Without
 * {@code joinDirectly: false} the answer is a 302 to the join link. Only the host (the caller, or
 * the host an admin names in {@code hostEmail}) gets a {@code startLink}. {@code
 * createJoinLinkAsWebLink} / {@code createStartLinkAsWebLink} give the meeting's web link instead;
 * with both there is no {@code expiration}.
 *
 * <p>[?] Not documented, chosen here: someone other than the host must give the meeting's password
 * when it has one (403 otherwise); without {@code expirationMinutes} a join link lives 5 minutes;
 * an ended or running instance id is a 400.
 */
public final class MeetingJoinApi implements ApiFamily {
  private static final int DEFAULT_EXPIRATION_MINUTES = 5;
  private static final int MAX_DISPLAY_NAME = 128;

  private final World world;

  /** Serves join links for the meetings of {@code world}. */
  public MeetingJoinApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router.post("/meetings/join", this::join);
  }

  private ApiResponse join(ApiRequest request) {
    JsonBody body = request.json();
    Series s = meeting(body);
    Person acting = world.meetings.hostFor(request.caller(), body.optString("hostEmail"));
    boolean host = s.hostId.equals(acting.id);
    if (!host && s.password != null && !s.password.equals(body.optString("password"))) {
      throw ApiException.forbidden("The meeting password is missing or wrong.");
    }
    String displayName = body.optString("displayName");
    if (displayName != null && body.optString("email") == null) {
      throw ApiException.badRequest("'email' is required when 'displayName' is given.");
    }
    if (displayName != null && displayName.length() > MAX_DISPLAY_NAME) {
      throw ApiException.badRequest("'displayName' may hold at most 128 characters.");
    }
    int minutes = expirationMinutes(body);
    boolean joinAsWebLink = Boolean.TRUE.equals(body.optBoolean("createJoinLinkAsWebLink"));
    boolean startAsWebLink = Boolean.TRUE.equals(body.optBoolean("createStartLinkAsWebLink"));
    String joinLink = joinAsWebLink ? s.webLink : link(s, "join");
    ObjectNode links = Json.object();
    if (host) {
      links.put("startLink", startAsWebLink ? s.webLink : link(s, "start"));
    }
    links.put("joinLink", joinLink);
    if (!(joinAsWebLink && startAsWebLink)) {
      Instant expiry = world.timestamps().now().plus(Duration.ofMinutes(minutes));
      links.put("expiration", MeetingTimes.time(expiry, ZoneOffset.UTC));
    }
    if (!Boolean.FALSE.equals(body.optBoolean("joinDirectly"))) {
      return ApiResponse.bytes(302, null, new byte[0]).header("Location", joinLink);
    }
    return ApiResponse.ok(links);
  }

  private Series meeting(JsonBody body) {
    String meetingId = body.optString("meetingId");
    String meetingNumber = body.optString("meetingNumber");
    String webLink = body.optString("webLink");
    if (Stream.of(meetingId, meetingNumber, webLink).filter(v -> v != null).count() != 1) {
      throw ApiException.badRequest(
          "Exactly one of 'meetingId', 'meetingNumber' and 'webLink' is required.");
    }
    if (meetingId != null) {
      Found found =
          world
              .meetings
              .find(meetingId)
              .orElseThrow(() -> ApiException.notFound("Meeting not found."));
      if (found instanceof FoundInstance) {
        throw ApiException.badRequest(
            "'meetingId' must name a meeting series or scheduled meeting.");
      }
      return found.series();
    }
    Predicate<Series> named =
        meetingNumber != null
            ? s -> meetingNumber.equals(s.meetingNumber)
            : s -> webLink.equals(s.webLink);
    Optional<Series> series = world.meetings.allSeries().stream().filter(named).findFirst();
    return series.orElseThrow(() -> ApiException.notFound("Meeting not found."));
  }

  private static int expirationMinutes(JsonBody body) {
    JsonNode value = body.node().get("expirationMinutes");
    if (value == null || value.isNull()) {
      return DEFAULT_EXPIRATION_MINUTES;
    }
    if (!value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > 60) {
      throw ApiException.badRequest("'expirationMinutes' must be between 1 and 60.");
    }
    return value.asInt();
  }

  /** A link in the documented joinservice form with a fresh opaque token. */
  private String link(Series s, String kind) {
    String token = world.ids().uuid().toString().replace("-", "");
    return "https://"
        + LicenseStore.SITE_URL
        + "/wbxmjs/joinservice/sites/emulator/meeting/download/"
        + s.id
        + "?siteurl=emulator&integrationJoinToken="
        + kind
        + token;
  }
}
