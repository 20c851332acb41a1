package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.GroupRenderer;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.store.GroupStore;
import io.github.webex4j.emulator.store.GroupStore.Group;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /groups} (SCIM-style, admin only): create (201) in the SCIM body shape ({@code schemas},
 * {@code members[{value}]}) and in the simple shape of the official examples ({@code
 * members[{id}]}); list with {@code filter=displayName eq|sw "x"}, {@code startIndex}/{@code
 * count}, {@code sortBy}/{@code sortOrder} and {@code includeMembers}; get; PATCH with SCIM {@code
 * Operations} or the simple {@code members[{id, operation}]} shape; delete; members paged by {@code
 * startIndex}/{@code count}.
 */
public final class GroupsApi implements ApiFamily {
  private static final Pattern FILTER =
      Pattern.compile("^\\s*displayName\\s+(eq|sw)\\s+\"(.*)\"\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MEMBER_PATH =
      Pattern.compile("^members\\[value\\s+eq\\s+\"(.+)\"\\]$", Pattern.CASE_INSENSITIVE);
  private static final int MEMBERS_CAP = GroupRenderer.MEMBERS_CAP;
  // [?] The default and cap of 'count' for GET /groups are not documented; 100 like most lists.
  private static final int GROUPS_CAP = 100;
  private final World world;

  /** Creates the family over {@code world}. */
  public GroupsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .post("/groups", this::create)
        .get("/groups", this::list)
        .get("/groups/{groupId}", this::get)
        .patch("/groups/{groupId}", this::update)
        .delete("/groups/{groupId}", this::delete)
        .get("/groups/{groupId}/members", this::members);
  }

  private ApiResponse create(ApiRequest request) {
    Access.requireAdmin(request.caller());
    JsonBody body = request.json();
    requireHomeOrg(body.optString("orgId"));
    List<String> schemas = body.optStringList("schemas");
    if (schemas != null && !schemas.contains("urn:ietf:params:scim:schemas:core:2.0:Group")) {
      throw ApiException.badRequest(
          "Invalid value for 'schemas': urn:ietf:params:scim:schemas:core:2.0:Group is required.");
    }
    String displayName = body.requiredString("displayName");
    List<String> members = memberIds(body.optArray("members"), "members");
    Group group =
        world.groups.create(
            displayName, body.optString("description"), body.optString("externalId"), members);
    return ApiResponse.json(201, GroupRenderer.render(world, group, true));
  }

  private void requireHomeOrg(String orgId) {
    if (orgId != null && !orgId.equals(world.orgId())) {
      throw ApiException.forbidden("Groups of other organizations cannot be managed.");
    }
  }

  /** Member ids from SCIM {@code [{value}]} or simple {@code [{id}]} elements. */
  private static List<String> memberIds(ArrayNode members, String field) {
    List<String> ids = new ArrayList<>();
    if (members == null) {
      return ids;
    }
    for (JsonNode member : members) {
      String id = member.path("value").asText(member.path("id").asText(""));
      if (!member.isObject() || id.isEmpty()) {
        throw ApiException.badRequest(
            "Invalid value for '" + field + "': each member needs 'value' or 'id'.");
      }
      ids.add(id);
    }
    return ids;
  }

  private ApiResponse list(ApiRequest request) {
    Access.requireAdmin(request.caller());
    requireHomeOrg(request.query("orgId"));
    GroupStore.Match match = null;
    String value = null;
    String filter = request.query("filter");
    if (filter != null) {
      Matcher m = FILTER.matcher(filter);
      if (!m.matches()) {
        throw ApiException.badRequest(
            "Invalid value for parameter 'filter': only displayName eq \"x\" or displayName sw"
                + " \"x\" is supported.");
      }
      match =
          m.group(1).toLowerCase(Locale.ROOT).equals("eq")
              ? GroupStore.Match.EQUALS
              : GroupStore.Match.STARTS_WITH;
      value = m.group(2);
    }
    String sortBy = request.query("sortBy");
    if (sortBy != null && !sortBy.equals("displayName") && !sortBy.equals("id")) {
      throw ApiException.badRequest("Invalid value for parameter 'sortBy': " + sortBy);
    }
    String sortOrder = request.query("sortOrder");
    if (sortOrder != null && !sortOrder.equals("ascending") && !sortOrder.equals("descending")) {
      throw ApiException.badRequest("Invalid value for parameter 'sortOrder': " + sortOrder);
    }
    boolean withMembers = Boolean.TRUE.equals(request.booleanQuery("includeMembers"));
    List<Group> all = world.groups.search(match, value, sortBy, "descending".equals(sortOrder));
    int startIndex = number(request, "startIndex", 1, Integer.MAX_VALUE);
    int count = number(request, "count", GROUPS_CAP, GROUPS_CAP);
    List<Group> page = slice(all, startIndex, count);
    ObjectNode body = Json.object();
    body.put("totalResults", all.size());
    body.put("startIndex", startIndex);
    body.put("itemsPerPage", page.size());
    ArrayNode groups = body.putArray("groups");
    page.forEach(group -> groups.add(GroupRenderer.render(world, group, withMembers)));
    return ApiResponse.ok(body);
  }

  /** A SCIM paging number: absent gives {@code fallback}, values above {@code cap} clamp. */
  private static int number(ApiRequest request, String name, int fallback, int cap) {
    String raw = request.query(name);
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < (name.equals("count") ? 0 : 1)) {
        throw ApiException.badRequest("Invalid value for parameter '" + name + "': " + raw);
      }
      return Math.min(value, cap);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid value for parameter '" + name + "': " + raw);
    }
  }

  private static <T> List<T> slice(List<T> all, int startIndex, int count) {
    int from = Math.min(all.size(), startIndex - 1);
    return all.subList(from, Math.min(all.size(), from + count));
  }

  private ApiResponse get(ApiRequest request) {
    Access.requireAdmin(request.caller());
    Group group = world.groups.require(request.pathParam("groupId"));
    boolean withMembers = Boolean.TRUE.equals(request.booleanQuery("includeMembers"));
    return ApiResponse.ok(GroupRenderer.render(world, group, withMembers));
  }

  private ApiResponse delete(ApiRequest request) {
    Access.requireAdmin(request.caller());
    world.groups.delete(world.groups.require(request.pathParam("groupId")));
    return ApiResponse.noContent();
  }

  private ApiResponse members(ApiRequest request) {
    Access.requireAdmin(request.caller());
    Group group = world.groups.require(request.pathParam("groupId"));
    List<Person> all = world.groups.members(group);
    int startIndex = number(request, "startIndex", 1, Integer.MAX_VALUE);
    int count = number(request, "count", MEMBERS_CAP, MEMBERS_CAP);
    List<Person> page = slice(all, startIndex, count);
    ObjectNode body = GroupRenderer.render(world, group, false);
    body.put("totalResults", all.size());
    body.put("startIndex", startIndex);
    body.put("itemsPerPage", page.size());
    body.set("members", GroupRenderer.members(page));
    return ApiResponse.ok(body);
  }

  private ApiResponse update(ApiRequest request) {
    Access.requireAdmin(request.caller());
    Group group = world.groups.require(request.pathParam("groupId"));
    JsonBody body = request.json();
    ArrayNode operations = body.optArray("Operations");
    if (operations != null) {
      for (JsonNode operation : operations) {
        if (!operation.isObject()) {
          throw ApiException.badRequest("Invalid value for 'Operations': expected objects.");
        }
        apply(group, new JsonBody((ObjectNode) operation));
      }
    } else {
      applySimple(group, body);
    }
    return ApiResponse.ok(GroupRenderer.render(world, group, true));
  }

  /** The simple shape: {@code displayName}, {@code members[{id, operation: add|delete}]}. */
  private void applySimple(Group group, JsonBody body) {
    String displayName = body.optString("displayName");
    if (displayName != null) {
      world.groups.rename(group, displayName);
    }
    if (body.has("description")) {
      world.groups.describe(group, body.optString("description"));
    }
    ArrayNode members = body.optArray("members");
    if (members == null) {
      return;
    }
    for (JsonNode member : members) {
      List<String> id = memberIds(Json.array().add(member), "members");
      String operation = member.path("operation").asText("add");
      if (operation.equals("add")) {
        world.groups.addMembers(group, id);
      } else if (operation.equals("delete") || operation.equals("remove")) {
        world.groups.removeMembers(group, id);
      } else {
        throw ApiException.badRequest("Invalid value for 'members[].operation': " + operation);
      }
    }
  }

  /** One SCIM PATCH operation. */
  private void apply(Group group, JsonBody operation) {
    String op = operation.requiredString("op").toLowerCase(Locale.ROOT);
    if (!op.equals("add") && !op.equals("replace") && !op.equals("remove")) {
      throw ApiException.badRequest("Invalid value for 'Operations[].op': " + op);
    }
    String path = operation.optString("path");
    JsonNode value = operation.node().get("value");
    if (path == null) {
      if (op.equals("remove") || value == null || !value.isObject()) {
        throw ApiException.badRequest(
            "Invalid value for 'Operations[].value': an object is required without 'path'.");
      }
      JsonBody changes = new JsonBody((ObjectNode) value);
      String displayName = changes.optString("displayName");
      if (displayName != null) {
        world.groups.rename(group, displayName);
      }
      ArrayNode members = changes.optArray("members");
      if (members != null) {
        List<String> ids = memberIds(members, "Operations[].value.members");
        if (op.equals("replace")) {
          world.groups.replaceMembers(group, ids);
        } else {
          world.groups.addMembers(group, ids);
        }
      }
      return;
    }
    Matcher single = MEMBER_PATH.matcher(path);
    if (single.matches() && op.equals("remove")) {
      world.groups.removeMembers(group, List.of(single.group(1)));
    } else if (path.equals("members")) {
      List<String> ids =
          value == null ? List.of() : memberIds(asArray(value), "Operations[].value");
      switch (op) {
        case "add" -> world.groups.addMembers(group, ids);
        case "replace" -> world.groups.replaceMembers(group, ids);
        default -> {
          if (value == null) {
            world.groups.replaceMembers(group, List.of());
          } else {
            world.groups.removeMembers(group, ids);
          }
        }
      }
    } else if (path.equals("displayName")) {
      if (op.equals("remove") || value == null) {
        throw ApiException.badRequest("displayName cannot be removed.");
      }
      JsonNode name = value.isArray() ? value.path(0) : value;
      String text = name.isObject() ? name.path("value").asText("") : name.asText("");
      if (text.isBlank()) {
        throw ApiException.badRequest("Invalid value for 'Operations[].value': a name is needed.");
      }
      world.groups.rename(group, text);
    } else if (path.equals("description")) {
      world.groups.describe(group, op.equals("remove") || value == null ? null : value.asText());
    } else {
      // [?] Other paths (externalId, the Cisco extension's inheritances/owners) are accepted and
      // not emulated: only displayName and members are kept.
      world.groups.touch(group);
    }
  }

  private static ArrayNode asArray(JsonNode value) {
    if (value.isArray()) {
      return (ArrayNode) value;
    }
    return Json.array().add(value);
  }
}
