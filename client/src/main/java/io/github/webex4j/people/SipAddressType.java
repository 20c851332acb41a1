package io.github.webex4j.people;

/** Kind of SIP address. */
public enum SipAddressType {
  /** Personal room address. */
  PERSONAL_ROOM,
  /** Enterprise address. */
  ENTERPRISE,
  /** Cloud calling address. */
  CLOUD_CALLING,
  /** A value this client version does not know. */
  UNKNOWN
}
