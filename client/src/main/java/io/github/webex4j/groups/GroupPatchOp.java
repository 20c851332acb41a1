package io.github.webex4j.groups;

import io.github.webex4j.WireValue;
import java.util.Locale;

/** SCIM patch operation kind ({@code add}, {@code replace}, {@code remove}). */
public enum GroupPatchOp implements WireValue {
  /** {@code add}. */
  ADD,
  /** {@code replace}. */
  REPLACE,
  /** {@code remove}. */
  REMOVE;

  @Override
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
