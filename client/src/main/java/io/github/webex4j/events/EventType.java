package io.github.webex4j.events;

/** What happened in a compliance event. */
public enum EventType {
  /** The resource was created. */
  CREATED,
  /** A property of the resource was updated. */
  UPDATED,
  /** The resource was deleted. */
  DELETED,
  /** The meeting ended. */
  ENDED,
  /** A value this client version does not know (never send it). */
  UNKNOWN
}
