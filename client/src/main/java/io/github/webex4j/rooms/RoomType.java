package io.github.webex4j.rooms;

/** Kind of room: a 1:1 ({@code direct}) or a {@code group} space. */
public enum RoomType {
  /** A 1:1 room between two people; created only by posting a message to a person. */
  DIRECT,
  /** A group space. */
  GROUP,
  /** A value this client version does not know. */
  UNKNOWN
}
