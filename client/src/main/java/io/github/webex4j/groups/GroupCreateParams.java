package io.github.webex4j.groups;

import io.github.webex4j.internal.util.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /groups}, sent in the SCIM 2 shape the API schema documents: {@code schemas},
 * {@code displayName}, {@code externalId}, {@code members[{value}]} and the Cisco extension object.
 *
 * <p>[?] The API documents' request example uses an older shape ({@code members[{id}]}, {@code
 * orgId}, {@code description}); webex4j follows the schema, which is the more specific contract,
 * and adds the example's {@code orgId} and {@code description} (which the schema does not list)
 * when they are set.
 *
 * @param displayName required, non-blank group name
 * @param orgId the organization to create the group in (partner admins), may be null
 * @param description free-text description, may be null
 * @param externalId id chosen by the provisioning client, may be null
 * @param memberIds person ids to add as members, may be empty
 * @param extension Cisco extension attributes, may be null
 */
public record GroupCreateParams(
    String displayName,
    @Nullable String orgId,
    @Nullable String description,
    @Nullable String externalId,
    List<String> memberIds,
    @Nullable GroupExtension extension) {

  /**
   * Checks before any request that the group has a name and valid member ids, and makes the member
   * list immutable.
   *
   * @throws IllegalArgumentException if {@code displayName} or a member id is blank
   */
  public GroupCreateParams {
    Checks.notBlank(displayName, "displayName");
    memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    for (String id : memberIds) {
      Checks.notBlank(id, "members[].value");
    }
  }

  /** A group with just a name. */
  public static GroupCreateParams of(String displayName) {
    return new GroupCreateParams(displayName, null, null, null, List.of(), null);
  }

  /** A builder; {@code displayName} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link GroupCreateParams}. */
  public static final class Builder {
    private String displayName;
    private String orgId;
    private String description;
    private String externalId;
    private final List<String> memberIds = new ArrayList<>();
    private GroupExtension extension;

    private Builder() {}

    /** Required group name. */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /** The organization to create the group in (partner admins). */
    public Builder orgId(String orgId) {
      this.orgId = orgId;
      return this;
    }

    /** Free-text description of the group. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The provisioning client's id. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** A member to add, non-blank. */
    public Builder member(String personId) {
      memberIds.add(personId);
      return this;
    }

    /** Members to add. */
    public Builder members(List<String> personIds) {
      memberIds.addAll(Objects.requireNonNull(personIds, "personIds"));
      return this;
    }

    /** Cisco extension attributes. */
    public Builder extension(GroupExtension extension) {
      this.extension = extension;
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if the name or a member id is blank
     */
    public GroupCreateParams build() {
      return new GroupCreateParams(
          displayName, orgId, description, externalId, memberIds, extension);
    }
  }
}
