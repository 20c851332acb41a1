package io.github.webex4j.rooms;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /rooms}. Only {@code title} is required; null components are not sent.
 *
 * @param title required, non-blank title
 * @param teamId team to create the room in
 * @param classificationId data classification id
 * @param isLocked create a moderated room (the creator becomes moderator)
 * @param isPublic make the room discoverable in the organization; requires a description
 * @param description description
 * @param isAnnouncementOnly only moderators may post
 */
public record RoomCreateParams(
    String title,
    @Nullable String teamId,
    @Nullable String classificationId,
    @Nullable Boolean isLocked,
    @Nullable Boolean isPublic,
    @Nullable String description,
    @Nullable Boolean isAnnouncementOnly) {

  /**
   * Checks before any request that the room has a title, and a description if it is public.
   *
   * @throws IllegalArgumentException if {@code title} is blank or a public room has no description
   */
  public RoomCreateParams {
    Checks.notBlank(title, "title");
    if (Boolean.TRUE.equals(isPublic) && !Checks.present(description)) {
      throw new IllegalArgumentException("description is required when isPublic is true");
    }
  }

  /** A group room with just a title. */
  public static RoomCreateParams of(String title) {
    return builder().title(title).build();
  }

  /** A builder; {@code title} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RoomCreateParams}. */
  public static final class Builder extends RoomSettingsBuilder<Builder> {

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a value is invalid
     */
    public RoomCreateParams build() {
      return new RoomCreateParams(
          title, teamId, classificationId, isLocked, isPublic, description, isAnnouncementOnly);
    }
  }
}
