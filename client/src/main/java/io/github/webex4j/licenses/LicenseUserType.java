package io.github.webex4j.licenses;

/** Whether a license holder is inside the organization that owns the license. */
public enum LicenseUserType {
  /** The user resides in the license-owning organization. */
  INTERNAL,
  /** The user resides outside the license-owning organization. */
  EXTERNAL,
  /** A value this version of webex4j does not know. */
  UNKNOWN
}
