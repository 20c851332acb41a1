package io.github.webex4j.people;

/** Presence status of a person. */
public enum PersonStatus {
  /** Active within the last 10 minutes. */
  ACTIVE,
  /** In a call. */
  CALL,
  /** Do not disturb. */
  DO_NOT_DISTURB,
  /** Last activity more than 10 minutes ago. */
  INACTIVE,
  /** In a meeting. */
  MEETING,
  /** Out of office. */
  OUT_OF_OFFICE,
  /** Never logged in. */
  PENDING,
  /** Sharing content. */
  PRESENTING,
  /** Status unknown, or a value this client version does not know. */
  UNKNOWN
}
