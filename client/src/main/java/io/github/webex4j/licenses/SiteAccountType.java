package io.github.webex4j.licenses;

import io.github.webex4j.WireValue;
import java.util.Locale;

/** Account type of a user on a Webex Meetings site. */
public enum SiteAccountType implements WireValue {
  /** Attendee account; the only type {@code PATCH /licenses/users} accepts. */
  ATTENDEE,
  /** Host account (response only: hosts get it through a meetings license). */
  HOST,
  /** A value this version of webex4j does not know (never sent). */
  UNKNOWN;

  @Override
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
