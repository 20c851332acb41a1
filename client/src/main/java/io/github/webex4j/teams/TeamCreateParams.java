package io.github.webex4j.teams;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /teams}.
 *
 * @param name required, non-blank team name
 * @param description optional description, may be null
 */
public record TeamCreateParams(String name, @Nullable String description) {

  /**
   * Checks before any request that the team has a name.
   *
   * @throws IllegalArgumentException if {@code name} is null or blank
   */
  public TeamCreateParams {
    Checks.notBlank(name, "name");
  }

  /** A team with just a name. */
  public static TeamCreateParams of(String name) {
    return new TeamCreateParams(name, null);
  }

  /** A builder; {@code name} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TeamCreateParams}. */
  public static final class Builder {
    private String name;
    private String description;

    private Builder() {}

    /** Required team name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Optional description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if the name is missing or blank
     */
    public TeamCreateParams build() {
      return new TeamCreateParams(name, description);
    }
  }
}
