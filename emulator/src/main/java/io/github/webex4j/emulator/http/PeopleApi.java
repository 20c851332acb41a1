package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.render.PersonRenderer;
import io.github.webex4j.emulator.store.PeopleStore.PersonDraft;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code /people}: search, {@code /people/me}, admin create, replace and delete. */
public final class PeopleApi implements ApiFamily {
  private static final int MAX_IDS = 85;
  private static final Set<String> PROFILE_FIELDS =
      Set.of(
          "phoneNumbers",
          "extension",
          "locationId",
          "department",
          "manager",
          "managerId",
          "title",
          "addresses",
          "siteUrls",
          "timezone");

  private final World world;

  /** Creates the family over {@code world}. */
  public PeopleApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/people", this::list)
        .post("/people", this::create)
        .get("/people/me", r -> ApiResponse.ok(PersonRenderer.render(r.caller(), r.caller(), true)))
        .get("/people/{personId}", this::get)
        .put("/people/{personId}", this::update)
        .delete("/people/{personId}", this::delete);
  }

  private ApiResponse list(ApiRequest request) {
    Person caller = request.caller();
    String email = request.query("email");
    String displayName = request.query("displayName");
    String ids = request.query("id");
    String orgId = request.query("orgId");
    String roles = request.query("roles");
    if (!caller.isAdmin() && email == null && displayName == null && ids == null) {
      throw ApiException.badRequest("Email, displayName, or id list should be specified.");
    }
    if (roles != null) {
      Access.requireAdmin(caller);
    }
    List<Person> matches = new ArrayList<>();
    List<String> notFound = new ArrayList<>();
    if (ids != null) {
      List<String> wanted = Arrays.stream(ids.split(",")).map(String::trim).toList();
      if (wanted.size() > MAX_IDS) {
        throw ApiException.badRequest("At most " + MAX_IDS + " ids may be given in 'id'.");
      }
      for (String id : wanted) {
        world.people.find(id).ifPresentOrElse(matches::add, () -> notFound.add(id));
      }
    } else {
      matches.addAll(world.people.all());
    }
    List<String> roleFilter = roles == null ? List.of() : Arrays.asList(roles.split(","));
    List<Person> result =
        matches.stream()
            .filter(p -> email == null || p.email.equalsIgnoreCase(email))
            .filter(p -> displayName == null || startsWithIgnoreCase(p.displayName, displayName))
            .filter(p -> orgId == null || orgId.equals(p.orgId))
            .filter(p -> roleFilter.isEmpty() || p.roles.stream().anyMatch(roleFilter::contains))
            .toList();
    boolean presence = ids == null;
    return Paging.respond(
        request,
        result,
        p -> p.id,
        p -> PersonRenderer.render(p, presence, false),
        100,
        1000,
        body -> {
          if (!notFound.isEmpty()) {
            body.set("notFoundIds", Json.strings(notFound));
          }
        });
  }

  private static boolean startsWithIgnoreCase(String value, String prefix) {
    return value != null
        && value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
  }

  private ApiResponse get(ApiRequest request) {
    Person person = world.people.require(request.pathParam("personId"), "a person with this ID");
    return ApiResponse.ok(PersonRenderer.render(person, request.caller(), true));
  }

  private ApiResponse create(ApiRequest request) {
    Access.requireAdmin(request.caller());
    JsonBody body = request.json();
    String email = firstEmail(body);
    Person person =
        world.people.createByAdmin(request.caller(), email, draft(body, displayName(body)));
    if (Boolean.TRUE.equals(request.booleanQuery("minResponse"))) {
      ObjectNode node = Json.object();
      node.put("id", person.id);
      return ApiResponse.ok(node);
    }
    return ApiResponse.ok(PersonRenderer.render(person, request.caller(), true));
  }

  private ApiResponse update(ApiRequest request) {
    Access.requireAdmin(request.caller());
    Person person = world.people.require(request.pathParam("personId"), "a person with this ID");
    JsonBody body = request.json();
    String displayName = body.requiredString("displayName");
    String email = body.has("emails") ? firstEmail(body) : null;
    world.people.replaceByAdmin(request.caller(), person, email, draft(body, displayName));
    if (Boolean.TRUE.equals(request.booleanQuery("minResponse"))) {
      return ApiResponse.noContent();
    }
    return ApiResponse.ok(PersonRenderer.render(person, request.caller(), true));
  }

  private ApiResponse delete(ApiRequest request) {
    Access.requireAdmin(request.caller());
    Person person = world.people.require(request.pathParam("personId"), "a person with this ID");
    world.people.deleteByAdmin(request.caller(), person);
    return ApiResponse.noContent();
  }

  private static String firstEmail(JsonBody body) {
    List<String> emails = body.optStringList("emails");
    if (emails == null || emails.isEmpty()) {
      throw ApiException.badRequest("The 'emails' field is required.");
    }
    String email = emails.get(0).trim();
    if (!email.matches("[^@\\s]+@[^@\\s]+")) {
      throw ApiException.badRequest("Invalid value for 'emails': " + email);
    }
    return email;
  }

  private static String displayName(JsonBody body) {
    String displayName = body.optString("displayName");
    String first = body.optString("firstName");
    String last = body.optString("lastName");
    if (displayName != null && !displayName.isBlank()) {
      return displayName;
    }
    String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    if (joined.isEmpty()) {
      throw ApiException.badRequest("One of 'displayName', 'firstName' or 'lastName' is required.");
    }
    return joined;
  }

  private static PersonDraft draft(JsonBody body, String displayName) {
    ObjectNode profile = Json.object();
    body.node()
        .properties()
        .forEach(
            e -> {
              if (PROFILE_FIELDS.contains(e.getKey()) && !e.getValue().isNull()) {
                profile.set(e.getKey(), e.getValue().deepCopy());
              }
            });
    return new PersonDraft(
        displayName,
        body.optString("firstName"),
        body.optString("lastName"),
        body.optString("nickName"),
        body.optString("avatar"),
        body.optStringList("roles"),
        body.optStringList("licenses"),
        profile);
  }
}
