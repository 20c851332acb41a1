package io.github.webex4j.rooms;

/**
 * The settings a room has both when created and when updated, and their builder setters, shared by
 * {@link RoomCreateParams.Builder} and {@link RoomUpdateParams.Builder} so each is written once. A
 * null field is not sent. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class RoomSettingsBuilder<B extends RoomSettingsBuilder<B>> {
  String title;
  String teamId;
  String classificationId;
  Boolean isLocked;
  Boolean isPublic;
  String description;
  Boolean isAnnouncementOnly;

  RoomSettingsBuilder() {}

  /** This builder as its concrete type. */
  abstract B self();

  /** Required title. */
  public B title(String title) {
    this.title = title;
    return self();
  }

  /** Team of the room: the one to create it in, or to move it into. */
  public B teamId(String teamId) {
    this.teamId = teamId;
    return self();
  }

  /** Data classification id. */
  public B classificationId(String classificationId) {
    this.classificationId = classificationId;
    return self();
  }

  /** Whether the room is moderated (on create, the creator becomes moderator). */
  public B isLocked(boolean isLocked) {
    this.isLocked = isLocked;
    return self();
  }

  /** Whether the room is discoverable in the organization (a public room needs a description). */
  public B isPublic(boolean isPublic) {
    this.isPublic = isPublic;
    return self();
  }

  /** Description; on update a single space clears it. */
  public B description(String description) {
    this.description = description;
    return self();
  }

  /** Only moderators may post. */
  public B isAnnouncementOnly(boolean isAnnouncementOnly) {
    this.isAnnouncementOnly = isAnnouncementOnly;
    return self();
  }
}
