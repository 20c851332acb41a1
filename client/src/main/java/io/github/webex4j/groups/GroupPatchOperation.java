package io.github.webex4j.groups;

import io.github.webex4j.internal.util.Checks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One SCIM 2 patch operation of {@code PATCH /groups/{groupId}} (RFC 7644 §3.5.2).
 *
 * @param op the operation, non-null
 * @param path target attribute path, e.g. {@code displayName}, {@code members} or {@code
 *     members[value eq "<id>"]}; required for {@code remove}
 * @param value new value: a string, a list of {@code Map}s, or null for {@code remove}
 */
public record GroupPatchOperation(GroupPatchOp op, @Nullable String path, @Nullable Object value) {

  /**
   * Checks that the operation has an {@code op}, and a {@code path} if it removes.
   *
   * @throws IllegalArgumentException if {@code op} is null or a {@code remove} has no path
   */
  public GroupPatchOperation {
    if (op == null) {
      throw new IllegalArgumentException("Operations[].op must not be null");
    }
    if (op == GroupPatchOp.REMOVE && (path == null || path.isBlank())) {
      throw new IllegalArgumentException("Operations[].path is required for remove");
    }
  }

  /** Renames the group. */
  public static GroupPatchOperation replaceDisplayName(String displayName) {
    Checks.notBlank(displayName, "displayName");
    return new GroupPatchOperation(GroupPatchOp.REPLACE, "displayName", displayName);
  }

  /**
   * Sets the group's description: {@code {op:replace, path:description, value:"..."}}. [?] The
   * schema names no description attribute; the PATCH example of the API documents sets one.
   */
  public static GroupPatchOperation replaceDescription(String description) {
    Objects.requireNonNull(description, "description");
    return new GroupPatchOperation(GroupPatchOp.REPLACE, "description", description);
  }

  /** Adds people to the group: {@code {op:add, path:members, value:[{value:id}...]}}. */
  public static GroupPatchOperation addMembers(List<String> personIds) {
    Objects.requireNonNull(personIds, "personIds");
    if (personIds.isEmpty()) {
      throw new IllegalArgumentException("members must not be empty");
    }
    List<Map<String, String>> values =
        personIds.stream().map(id -> Map.of("value", requireId(id))).toList();
    return new GroupPatchOperation(GroupPatchOp.ADD, "members", values);
  }

  /** Removes one person: {@code {op:remove, path:members[value eq "<id>"]}}. */
  public static GroupPatchOperation removeMember(String personId) {
    String id = requireId(personId).replace("\\", "\\\\").replace("\"", "\\\"");
    return new GroupPatchOperation(GroupPatchOp.REMOVE, "members[value eq \"" + id + "\"]", null);
  }

  private static String requireId(String id) {
    return Checks.notBlank(id, "members[].value");
  }
}
