package io.github.webex4j.rooms;

import io.github.webex4j.internal.util.Checks;

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
    String teamId,
    String classificationId,
    Boolean isLocked,
    Boolean isPublic,
    String description,
    Boolean isAnnouncementOnly) {

  /**
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
  public static final class Builder {
    private String title;
    private String teamId;
    private String classificationId;
    private Boolean isLocked;
    private Boolean isPublic;
    private String description;
    private Boolean isAnnouncementOnly;

    private Builder() {}

    /** Required title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Team to create the room in. */
    public Builder teamId(String teamId) {
      this.teamId = teamId;
      return this;
    }

    /** Data classification id. */
    public Builder classificationId(String classificationId) {
      this.classificationId = classificationId;
      return this;
    }

    /** Moderated room. */
    public Builder isLocked(boolean isLocked) {
      this.isLocked = isLocked;
      return this;
    }

    /** Discoverable in the organization (needs a description). */
    public Builder isPublic(boolean isPublic) {
      this.isPublic = isPublic;
      return this;
    }

    /** Description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Only moderators may post. */
    public Builder isAnnouncementOnly(boolean isAnnouncementOnly) {
      this.isAnnouncementOnly = isAnnouncementOnly;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field if a value is invalid
     */
    public RoomCreateParams build() {
      return new RoomCreateParams(
          title, teamId, classificationId, isLocked, isPublic, description, isAnnouncementOnly);
    }
  }
}
