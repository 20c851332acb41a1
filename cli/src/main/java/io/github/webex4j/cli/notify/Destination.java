package io.github.webex4j.cli.notify;

/**
 * Where notifications go: a room (by id) or a person's 1:1 room (by email).
 *
 * @param roomId the room id, or null for a person
 * @param personEmail the person's email, or null for a room
 * @param label what identifies the destination in the thread hash: the room id (a title only in a
 *     dry run, which cannot look it up) or the email
 */
public record Destination(String roomId, String personEmail, String label) {
  /** Exactly one of {@code roomId} and {@code personEmail}. */
  public Destination {
    if ((roomId == null) == (personEmail == null)) {
      throw new IllegalArgumentException("exactly one of roomId and personEmail is required");
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank");
    }
  }

  /** A room. */
  public static Destination room(String roomId, String label) {
    return new Destination(roomId, null, label);
  }

  /** A person's 1:1 room. */
  public static Destination person(String email) {
    return new Destination(null, email, email);
  }

  /** The same destination as a room, once its id is known (the 1:1 room after the first post). */
  public Destination inRoom(String knownRoomId) {
    return new Destination(knownRoomId, null, label);
  }
}
