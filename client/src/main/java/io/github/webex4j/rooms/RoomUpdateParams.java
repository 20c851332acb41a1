package io.github.webex4j.rooms;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /rooms/{roomId}}. Webex requires {@code title} on every update; null
 * components are not sent ([?] and, per the Webex docs, left unchanged).
 *
 * @param title required, non-blank title
 * @param classificationId data classification id
 * @param teamId move an unowned room into this team
 * @param isLocked moderated or not
 * @param isPublic discoverable or not (compliance officer only; needs a description)
 * @param description description; a single space clears it
 * @param isAnnouncementOnly only moderators may post
 * @param isReadOnly read-only direct room (compliance officer only)
 */
public record RoomUpdateParams(
    String title,
    @Nullable String classificationId,
    @Nullable String teamId,
    @Nullable Boolean isLocked,
    @Nullable Boolean isPublic,
    @Nullable String description,
    @Nullable Boolean isAnnouncementOnly,
    @Nullable Boolean isReadOnly) {

  /**
   * Checks before any request that the body has the title Webex requires on every update.
   *
   * @throws IllegalArgumentException if {@code title} is blank
   */
  public RoomUpdateParams {
    Checks.notBlank(title, "title");
  }

  /** Renames a room. */
  public static RoomUpdateParams of(String title) {
    return builder().title(title).build();
  }

  /** A builder; {@code title} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RoomUpdateParams}. */
  public static final class Builder extends RoomSettingsBuilder<Builder> {
    private Boolean isReadOnly;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Read-only direct room. */
    public Builder isReadOnly(boolean isReadOnly) {
      this.isReadOnly = isReadOnly;
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if the title is missing
     */
    public RoomUpdateParams build() {
      return new RoomUpdateParams(
          title,
          classificationId,
          teamId,
          isLocked,
          isPublic,
          description,
          isAnnouncementOnly,
          isReadOnly);
    }
  }
}
