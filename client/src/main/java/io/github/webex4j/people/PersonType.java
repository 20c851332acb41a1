package io.github.webex4j.people;

/** Kind of account. */
public enum PersonType {
  /** A human. */
  PERSON,
  /** A bot. */
  BOT,
  /** A guest issuer (app) user. */
  APPUSER,
  /** A value this client version does not know. */
  UNKNOWN
}
