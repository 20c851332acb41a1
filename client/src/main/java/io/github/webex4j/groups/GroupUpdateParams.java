package io.github.webex4j.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Body of {@code PATCH /groups/{groupId}}: {@code {"schemas":["urn:ietf:params:scim:api:messages:
 * 2.0:PatchOp"], "Operations":[...]}}.
 *
 * @param operations at least one operation, applied in order
 */
public record GroupUpdateParams(List<GroupPatchOperation> operations) {
  /** The SCIM PatchOp message schema sent with every update. */
  public static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  /**
   * Checks before any request that the patch holds at least one operation, and makes the list
   * immutable.
   *
   * @throws IllegalArgumentException if there is no operation
   */
  public GroupUpdateParams {
    if (operations == null || operations.isEmpty()) {
      throw new IllegalArgumentException("Operations must contain at least one operation");
    }
    operations = List.copyOf(operations);
  }

  /** The given operations. */
  public static GroupUpdateParams of(GroupPatchOperation... operations) {
    return new GroupUpdateParams(List.of(operations));
  }

  /** A builder; add at least one operation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link GroupUpdateParams}. */
  public static final class Builder {
    private final List<GroupPatchOperation> operations = new ArrayList<>();

    private Builder() {}

    /** Renames the group. */
    public Builder displayName(String displayName) {
      return operation(GroupPatchOperation.replaceDisplayName(displayName));
    }

    /** Sets the description. */
    public Builder description(String description) {
      return operation(GroupPatchOperation.replaceDescription(description));
    }

    /** Adds people. */
    public Builder addMembers(List<String> personIds) {
      return operation(GroupPatchOperation.addMembers(personIds));
    }

    /** Removes a person. */
    public Builder removeMember(String personId) {
      return operation(GroupPatchOperation.removeMember(personId));
    }

    /** Any operation, non-null. */
    public Builder operation(GroupPatchOperation operation) {
      operations.add(Objects.requireNonNull(operation, "operation"));
      return this;
    }

    /**
     * Creates the patch, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if there is no operation
     */
    public GroupUpdateParams build() {
      return new GroupUpdateParams(operations);
    }
  }
}
