package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.store.MeetingStore.Found;
import io.github.webex4j.emulator.store.MeetingStore.FoundSeries;
import io.github.webex4j.emulator.store.MeetingStore.Series;
import io.github.webex4j.emulator.store.RegistrantStore;
import io.github.webex4j.emulator.store.RegistrantStore.Registrant;
import io.github.webex4j.emulator.store.World;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * {@code /meetings/{meetingId}/registrants}: register, list ({@code Link} paging, max 10 / 100,
 * filters {@code email}, {@code registrationTimeFrom}/{@code To}), get and delete. Only meeting
 * series ids are accepted; a meeting without registration answers 400. As in the official document,
 * the create response names the id {@code id} while get and list name it {@code registrantId}; get
 * and list carry {@code id} too [?], since clients read it there as well.
 */
public final class MeetingRegistrantsApi implements ApiFamily {
  private static final Duration WINDOW = Duration.ofDays(7);
  private final World world;

  /** Creates the family over {@code world}. */
  public MeetingRegistrantsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .post("/meetings/{meetingId}/registrants", this::create)
        .get("/meetings/{meetingId}/registrants", this::list)
        .get("/meetings/{meetingId}/registrants/{registrantId}", this::get)
        .delete("/meetings/{meetingId}/registrants/{registrantId}", this::delete);
  }

  private Series meeting(ApiRequest request) {
    Found found = world.meetings.visibleTo(request.caller(), request.pathParam("meetingId"));
    if (!(found instanceof FoundSeries series)) {
      throw ApiException.badRequest("Only the ID of a meeting series is supported for meetingId.");
    }
    return series.series();
  }

  private static ObjectNode render(Registrant registrant, boolean registrantId, ZoneId zone) {
    ObjectNode node = Json.object();
    if (registrantId) {
      node.put("registrantId", registrant.id);
    }
    node.put("id", registrant.id);
    node.put("status", registrant.status);
    node.put("firstName", registrant.firstName);
    node.put("lastName", registrant.lastName);
    node.put("email", registrant.email);
    for (Map.Entry<String, JsonNode> field : registrant.fields.properties()) {
      node.set(field.getKey(), field.getValue());
    }
    node.put("registrationTime", MeetingTimes.time(registrant.registrationTime, zone));
    return node;
  }

  private static ZoneId zone(ApiRequest request) {
    return MeetingTimes.renderZone(request, ZoneOffset.UTC.getId());
  }

  private ApiResponse create(ApiRequest request) {
    Series meeting = meeting(request);
    JsonBody body = request.json();
    String firstName = body.requiredString("firstName");
    String lastName = body.requiredString("lastName");
    String email = body.requiredString("email");
    body.optBoolean("sendEmail");
    ObjectNode fields = Json.object();
    for (String field : RegistrantStore.OPTIONAL_FIELDS) {
      if (field.equals("zipCode")) {
        JsonNode zip = body.node().get(field);
        if (zip != null && !zip.isNull()) {
          if (!zip.isNumber()) {
            throw ApiException.badRequest("Invalid value for 'zipCode': expected a number.");
          }
          fields.set(field, zip);
        }
      } else {
        Json.put(fields, field, body.optString(field));
      }
    }
    ArrayNode questions = body.optArray("customizedQuestions");
    if (questions != null) {
      for (JsonNode question : questions) {
        if (!question.path("questionId").isNumber() || !question.path("answers").isArray()) {
          throw ApiException.badRequest(
              "Invalid value for 'customizedQuestions': questionId and answers are required.");
        }
      }
      fields.set("customizedQuestions", questions);
    }
    Registrant registrant = world.registrants.register(meeting, firstName, lastName, email, fields);
    return ApiResponse.ok(render(registrant, false, zone(request)));
  }

  private ApiResponse list(ApiRequest request) {
    Series meeting = meeting(request);
    if (!meeting.hasRegistration()) {
      throw ApiException.badRequest("The meeting does not have registration enabled.");
    }
    String email = request.query("email");
    Instant from =
        MeetingTimes.parseTime(
            request.query("registrationTimeFrom"), ZoneOffset.UTC, "registrationTimeFrom");
    Instant to =
        MeetingTimes.parseTime(
            request.query("registrationTimeTo"), ZoneOffset.UTC, "registrationTimeTo");
    if (from != null && to == null) {
      to = from.plus(WINDOW);
    } else if (to != null && from == null) {
      from = to.minus(WINDOW);
    }
    Instant lo = from;
    Instant hi = to;
    List<Registrant> matching =
        world.registrants.list(meeting.id).stream()
            .filter(r -> email == null || r.email.equalsIgnoreCase(email))
            .filter(r -> lo == null || !r.registrationTime.isBefore(lo))
            .filter(r -> hi == null || r.registrationTime.isBefore(hi))
            .toList();
    ZoneId zone = zone(request);
    return Paging.respond(request, matching, r -> r.id, r -> render(r, true, zone), 10, 100);
  }

  private Registrant registrant(ApiRequest request) {
    Series meeting = meeting(request);
    return world
        .registrants
        .find(meeting.id, request.pathParam("registrantId"))
        .orElseThrow(() -> ApiException.notFound("Registrant not found."));
  }

  private ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(render(registrant(request), true, zone(request)));
  }

  private ApiResponse delete(ApiRequest request) {
    world.registrants.delete(registrant(request));
    return ApiResponse.noContent();
  }
}
