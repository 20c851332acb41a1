package io.github.webex4j.teams;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /teams/{teamId}}. Webex requires {@code name} on every update.
 *
 * @param name required, non-blank team name
 * @param description new description, or null to leave it unchanged ([?] Webex may clear it; not
 *     verified)
 */
public record TeamUpdateParams(String name, @Nullable String description) {

  /**
   * Checks before any request that the body has the name Webex requires on every update.
   *
   * @throws IllegalArgumentException if {@code name} is null or blank
   */
  public TeamUpdateParams {
    Checks.notBlank(name, "name");
  }

  /** Renames a team. */
  public static TeamUpdateParams of(String name) {
    return new TeamUpdateParams(name, null);
  }

  /** A builder; {@code name} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TeamUpdateParams}. */
  public static final class Builder {
    private String name;
    private String description;

    private Builder() {}

    /** Required team name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** New description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if the name is missing or blank
     */
    public TeamUpdateParams build() {
      return new TeamUpdateParams(name, description);
    }
  }
}
