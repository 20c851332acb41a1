package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.WebhookDelivery;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.render.PersonRenderer;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Timestamps;
import io.github.webex4j.emulator.store.World;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The test-control API under {@code /_emulator} (admin token only, except {@code GET /health}):
 * people with tokens, reset, faults, rate limits, recorded requests and webhook deliveries. Mirrors
 * the Java API of {@code WebexEmulator}.
 */
public final class ControlApi implements ApiFamily {
  private final World world;
  private final FaultEngine faults;
  private final RequestLog requests;
  private final Supplier<List<WebhookDelivery>> deliveries;
  private final Runnable reset;

  /**
   * Creates the control API.
   *
   * @param deliveries reads webhook delivery attempts
   * @param reset resets the whole emulator (world, faults, logs); called outside the world lock
   */
  public ControlApi(
      World world,
      FaultEngine faults,
      RequestLog requests,
      Supplier<List<WebhookDelivery>> deliveries,
      Runnable reset) {
    this.world = world;
    this.faults = faults;
    this.requests = requests;
    this.deliveries = deliveries;
    this.reset = reset;
  }

  @Override
  public void register(Router router) {
    router
        .anonymous("GET", "/health", r -> ApiResponse.ok(Json.object().put("status", "up")))
        .post("/people", this::createPerson)
        .post("/tokens", this::mintToken)
        .post("/reset", r -> run(reset))
        .get("/faults", r -> ApiResponse.ok(items(faultNodes())))
        .post("/faults", this::addFault)
        .delete("/faults", r -> run(faults::clear))
        .put("/rate-limit", this::rateLimit)
        .get("/requests", r -> RequestLogPages.answer(requests, r))
        .delete("/requests", r -> run(requests::clear))
        .get("/webhook-deliveries", r -> ApiResponse.ok(items(deliveryNodes())));
  }

  private static ApiResponse run(Runnable action) {
    action.run();
    return ApiResponse.noContent();
  }

  private ApiResponse createPerson(ApiRequest request) {
    JsonBody body = request.json();
    String email = body.requiredString("email");
    String displayName = body.optString("displayName");
    String type = body.optString("type");
    if (type == null) {
      type = "person";
    }
    if (!type.equals("person") && !type.equals("bot")) {
      throw ApiException.badRequest("'type' must be 'person' or 'bot'.");
    }
    if (!email.matches("[^@\\s]+@[^@\\s]+")) {
      throw ApiException.badRequest("Invalid value for 'email': " + email);
    }
    Person person = world.people.create(email, displayName == null ? email : displayName, type);
    String token = world.people.issueToken(person);
    ObjectNode node = Json.object();
    node.set("person", PersonRenderer.render(person, request.caller(), true));
    node.put("token", token);
    return ApiResponse.ok(node);
  }

  /** Mints a token for an existing person, e.g. one an admin created with POST /people. */
  private ApiResponse mintToken(ApiRequest request) {
    Person person =
        world.people.require(request.json().requiredString("personId"), "a person with this ID");
    ObjectNode node = Json.object();
    node.set("person", PersonRenderer.render(person, request.caller(), true));
    node.put("token", world.people.issueToken(person));
    return ApiResponse.ok(node);
  }

  private ApiResponse addFault(ApiRequest request) {
    Fault fault = parseFault(request.json());
    faults.add(fault);
    return ApiResponse.ok(faultNode(fault));
  }

  /** Parses the JSON form of a fault; 400 naming the field on bad input. */
  static Fault parseFault(JsonBody body) {
    String kind = body.optString("kind");
    kind = kind == null ? "status" : kind.toLowerCase(Locale.ROOT);
    Fault fault;
    try {
      fault =
          switch (kind) {
            case "status" -> Fault.status(intField(body, "status", 503));
            case "delay" -> Fault.delay(Duration.ofMillis(intField(body, "delayMs", 1000)));
            case "drop", "dropconnection", "drop_connection" -> Fault.dropConnection();
            case "malformed", "malformedbody", "malformed_body" ->
                Fault.malformedBody().withStatus(intField(body, "status", 200));
            default ->
                throw ApiException.badRequest(
                    "'kind' must be status, delay, drop or malformed: " + kind);
          };
      if (body.has("retryAfter")) {
        fault = fault.retryAfter(Duration.ofSeconds(intField(body, "retryAfter", 0)));
      }
      fault = fault.method(body.optString("method"));
      String prefix = body.optString("pathPrefix");
      if (prefix != null) {
        fault = fault.pathPrefix(prefix);
      }
      if (body.has("fraction")) {
        if (!body.node().get("fraction").isNumber()) {
          throw ApiException.badRequest("Invalid value for 'fraction': expected a number.");
        }
        fault = fault.fraction(body.node().get("fraction").asDouble());
      } else if (body.has("count")) {
        fault = fault.times(intField(body, "count", 1));
      }
      if (Boolean.TRUE.equals(body.optBoolean("after"))) {
        fault = fault.after();
      }
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    return fault;
  }

  private static int intField(JsonBody body, String field, int fallback) {
    if (!body.has(field)) {
      return fallback;
    }
    var node = body.node().get(field);
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw ApiException.badRequest("Invalid value for '" + field + "': expected an integer.");
    }
    return node.intValue();
  }

  private ApiResponse rateLimit(ApiRequest request) {
    JsonBody body = request.json();
    int perSecond = intField(body, "requestsPerSecond", 0);
    faults.rateLimit(body.optString("token"), perSecond);
    return ApiResponse.noContent();
  }

  private static ObjectNode items(ArrayNode items) {
    ObjectNode node = Json.object();
    node.set("items", items);
    return node;
  }

  private ArrayNode faultNodes() {
    ArrayNode array = Json.array();
    faults.active().forEach(f -> array.add(faultNode(f)));
    return array;
  }

  private static ObjectNode faultNode(Fault fault) {
    ObjectNode node = Json.object();
    node.put("kind", fault.kind().name().toLowerCase(Locale.ROOT));
    if (fault.kind() == Fault.Kind.STATUS || fault.kind() == Fault.Kind.MALFORMED_BODY) {
      node.put("status", fault.status());
    }
    if (fault.retryAfter() != null) {
      node.put("retryAfter", fault.retryAfter().toSeconds());
    }
    if (fault.kind() == Fault.Kind.DELAY) {
      node.put("delayMs", fault.delay().toMillis());
    }
    Json.put(node, "method", fault.method());
    if (fault.isAfter()) {
      node.put("after", true);
    }
    node.put("pathPrefix", fault.pathPrefix());
    if (fault.fraction() > 0) {
      node.put("fraction", fault.fraction());
    } else {
      node.put("count", fault.times());
    }
    return node;
  }

  private ArrayNode deliveryNodes() {
    ArrayNode array = Json.array();
    for (WebhookDelivery d : deliveries.get()) {
      ObjectNode node = array.addObject();
      node.put("webhookId", d.webhookId());
      node.put("targetUrl", d.targetUrl());
      node.put("resource", d.resource());
      node.put("event", d.event());
      node.put("attempt", d.attempt());
      node.put("status", d.status());
      node.put("delivered", d.delivered());
      Json.put(node, "signature", d.signature());
      node.put("body", d.body());
      node.put("time", Timestamps.format(d.time()));
    }
    return array;
  }
}
