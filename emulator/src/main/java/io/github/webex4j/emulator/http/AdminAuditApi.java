package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.AdminAuditRenderer;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.store.AdminAuditStore;
import io.github.webex4j.emulator.store.AdminAuditStore.AuditEvent;
import io.github.webex4j.emulator.store.World;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /adminAudit/events} and {@code /adminAudit/eventCategories} (full admins). Events need
 * {@code orgId}, {@code from} and {@code to} (at most one year apart, as documented); {@code
 * actorId} and {@code eventCategories} (comma-separated) narrow them; {@code max} (default 100, at
 * most 200) and {@code offset} page them, newest first [?], with a {@code Link} to the next page
 * [?].
 */
public final class AdminAuditApi implements ApiFamily {
  private static final Duration MAX_RANGE = Duration.ofDays(366);
  private final World world;

  /** Creates the family over {@code world}. */
  public AdminAuditApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/adminAudit/events", this::events)
        .get("/adminAudit/eventCategories", this::categories);
  }

  private ApiResponse events(ApiRequest request) {
    Access.requireAdmin(request.caller());
    String orgId = required(request, "orgId");
    Instant from = request.instantQuery("from");
    Instant to = request.instantQuery("to");
    if (from == null || to == null) {
      throw ApiException.badRequest("The 'from' and 'to' parameters are required.");
    }
    if (!from.isBefore(to)) {
      throw ApiException.badRequest("'from' must be before 'to'.");
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw ApiException.badRequest("At most one year of audit events can be requested at once.");
    }
    world.organizations.require(orgId);
    String raw = request.query("eventCategories");
    List<String> categories =
        raw == null
            ? List.of()
            : Arrays.stream(raw.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    for (String category : categories) {
      if (!AdminAuditStore.CATEGORIES.contains(category)) {
        throw ApiException.badRequest("Invalid value for parameter 'eventCategories': " + category);
      }
    }
    List<AuditEvent> all =
        world.adminAudit.find(orgId, from, to, request.query("actorId"), categories);
    int max = Paging.max(request, 100, 200);
    int offset = offset(request.query("offset"));
    int end = Math.min(all.size(), offset + max);
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    all.subList(Math.min(offset, all.size()), end)
        .forEach(e -> items.add(AdminAuditRenderer.render(e)));
    ApiResponse response = ApiResponse.ok(body);
    if (end < all.size()) {
      String next = Paging.urlWith(request, "offset", Integer.toString(end));
      response.header("Link", "<" + next + ">; rel=\"next\"");
    }
    return response;
  }

  private ApiResponse categories(ApiRequest request) {
    Access.requireAdmin(request.caller());
    ObjectNode body = Json.object();
    body.set("eventCategories", Json.strings(AdminAuditStore.CATEGORIES));
    return ApiResponse.ok(body);
  }

  private static String required(ApiRequest request, String name) {
    String value = request.query(name);
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("Missing required parameter '" + name + "'.");
    }
    return value;
  }

  private static int offset(String raw) {
    if (raw == null) {
      return 0;
    }
    try {
      int offset = Integer.parseInt(raw.trim());
      if (offset >= 0) {
        return offset;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw ApiException.badRequest("Invalid value for parameter 'offset': " + raw);
  }
}
