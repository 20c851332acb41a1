package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.render.LicenseRenderer;
import io.github.webex4j.emulator.store.LicenseStore.Assignment;
import io.github.webex4j.emulator.store.LicenseStore.License;
import io.github.webex4j.emulator.store.LicenseStore.LicenseChange;
import io.github.webex4j.emulator.store.LicenseStore.SiteChange;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code /licenses}: list by org, details with {@code includeAssignedTo=user} (users paged by
 * {@code next}/{@code limit} plus a {@code Link} header), and {@code PATCH /licenses/users}
 * answering 200, or 206 when some licenses could not be applied. Admin only.
 */
public final class LicensesApi implements ApiFamily {
  private static final int USERS_LIMIT = 300;
  private final World world;

  /** Creates the family over {@code world}. */
  public LicensesApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/licenses", this::list)
        .get("/licenses/{licenseId}", this::get)
        .patch("/licenses/users", this::assign);
  }

  private ApiResponse list(ApiRequest request) {
    Access.requireAdmin(request.caller());
    String orgId = request.query("orgId");
    if (orgId == null) {
      orgId = world.orgId();
    } else if (world.organizations.find(orgId).isEmpty()) {
      throw ApiException.notFound("Could not find an organization with this ID.");
    }
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    world
        .licenses
        .forOrg(orgId)
        .forEach(license -> items.add(LicenseRenderer.render(world, license)));
    return ApiResponse.ok(body);
  }

  private ApiResponse get(ApiRequest request) {
    Access.requireAdmin(request.caller());
    License license =
        world
            .licenses
            .find(request.pathParam("licenseId"))
            .orElseThrow(() -> ApiException.notFound("Could not find a license with this ID."));
    String assignedTo = request.query("includeAssignedTo");
    ObjectNode node = LicenseRenderer.render(world, license);
    if (assignedTo == null) {
      return ApiResponse.ok(node);
    }
    if (!assignedTo.equals("user")) {
      throw ApiException.badRequest(
          "Invalid value for parameter 'includeAssignedTo': " + assignedTo);
    }
    int limit = limit(request.query("limit"));
    int offset = offset(request.query("next"));
    List<Person> holders = world.licenses.holders(license);
    int end = Math.min(holders.size(), offset + limit);
    ArrayNode users = node.putArray("users");
    for (Person person : holders.subList(Math.min(offset, holders.size()), end)) {
      ObjectNode user = users.addObject();
      user.put("id", person.id);
      user.put("type", "INTERNAL");
      user.put("displayName", person.displayName);
      user.put("email", person.email);
    }
    ApiResponse response = ApiResponse.ok(node);
    if (end < holders.size()) {
      response.header("Link", "<" + nextUrl(request, end) + ">; rel=\"next\"");
    }
    return response;
  }

  private static int limit(String raw) {
    if (raw == null) {
      return USERS_LIMIT;
    }
    try {
      int limit = Integer.parseInt(raw.trim());
      if (limit < 1) {
        throw ApiException.badRequest("Invalid value for parameter 'limit': must be at least 1.");
      }
      return Math.min(limit, USERS_LIMIT);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid value for parameter 'limit': " + raw);
    }
  }

  private static int offset(String next) {
    if (next == null) {
      return 0;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8);
      int offset = Integer.parseInt(decoded);
      if (offset < 0) {
        throw ApiException.badRequest("Invalid value for parameter 'next'.");
      }
      return offset;
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Invalid value for parameter 'next'.");
    }
  }

  private static String nextUrl(ApiRequest request, int offset) {
    String cursor =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(Integer.toString(offset).getBytes(StandardCharsets.UTF_8));
    return Paging.urlWith(request, "next", cursor);
  }

  private ApiResponse assign(ApiRequest request) {
    Access.requireAdmin(request.caller());
    JsonBody body = request.json();
    Person person = target(body);
    String orgId = body.optString("orgId");
    if (orgId != null && !orgId.equals(person.orgId)) {
      throw ApiException.badRequest("Invalid value for 'orgId': the person is not in that org.");
    }
    List<LicenseChange> changes = new ArrayList<>();
    ArrayNode licenses = body.optArray("licenses");
    for (JsonNode item : licenses == null ? Json.array() : licenses) {
      JsonBody license = element(item, "licenses");
      ObjectNode properties = license.optObject("properties");
      boolean numbered =
          properties != null
              && (properties.path("phoneNumber").asText("").length() > 0
                  || properties.path("extension").asText("").length() > 0);
      changes.add(
          new LicenseChange(
              license.requiredString("id"), operation(license, "licenses"), numbered));
    }
    List<SiteChange> sites = new ArrayList<>();
    ArrayNode siteUrls = body.optArray("siteUrls");
    for (JsonNode item : siteUrls == null ? Json.array() : siteUrls) {
      JsonBody site = element(item, "siteUrls");
      String accountType = site.requiredString("accountType");
      if (!accountType.equals("attendee")) {
        throw ApiException.badRequest(
            "Invalid value for 'siteUrls[].accountType': only attendee is supported.");
      }
      sites.add(new SiteChange(site.requiredString("siteUrl"), operation(site, "siteUrls")));
    }
    Assignment assignment = world.licenses.assign(request.caller(), person, changes, sites);
    ObjectNode out = Json.object();
    out.put("orgId", person.orgId);
    out.put("personId", person.id);
    out.put("email", person.email);
    out.set("licenses", Json.strings(person.licenses));
    ArrayNode assignedSites = out.putArray("siteUrls");
    for (String siteUrl : world.licenses.attendeeSites(person)) {
      assignedSites.addObject().put("siteUrl", siteUrl).put("accountType", "attendee");
    }
    return ApiResponse.json(assignment.skipped().isEmpty() ? 200 : 206, out);
  }

  private Person target(JsonBody body) {
    String personId = body.optString("personId");
    String email = body.optString("email");
    if (personId == null && email == null) {
      throw ApiException.badRequest("Either 'email' or 'personId' is required.");
    }
    Person person =
        (personId != null ? world.people.find(personId) : world.people.findByEmail(email))
            .orElseThrow(() -> ApiException.notFound("Could not find the person."));
    if (personId != null && email != null && !person.email.equalsIgnoreCase(email)) {
      throw ApiException.badRequest("'email' and 'personId' name different people.");
    }
    return person;
  }

  private static JsonBody element(JsonNode item, String field) {
    if (!item.isObject()) {
      throw ApiException.badRequest("Invalid value for '" + field + "': expected objects.");
    }
    return new JsonBody((ObjectNode) item);
  }

  private static boolean operation(JsonBody item, String field) {
    String operation = item.optString("operation");
    if (operation == null || operation.equals("add")) {
      return true;
    }
    if (operation.equals("remove")) {
      return false;
    }
    throw ApiException.badRequest("Invalid value for '" + field + "[].operation': " + operation);
  }
}
