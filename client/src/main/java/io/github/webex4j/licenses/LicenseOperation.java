package io.github.webex4j.licenses;

import io.github.webex4j.WireValue;
import java.util.Locale;

/** Whether a license or site URL is assigned to or removed from a user (Webex default: add). */
public enum LicenseOperation implements WireValue {
  /** Assign ({@code add}). */
  ADD,
  /** Remove ({@code remove}). */
  REMOVE;

  @Override
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
