package io.github.webex4j;

/**
 * Implemented by request-side enums whose JSON/query value differs from their constant name (for
 * example {@code RoomSortBy.LAST_ACTIVITY} sends {@code lastactivity}). webex4j serialises such
 * values with {@link #wireValue()}; response enums are matched by name, ignoring case, {@code _},
 * {@code -} and spaces, and fall back to their {@code UNKNOWN} constant.
 */
public interface WireValue {

  /** The exact value Webex expects on the wire; never null. */
  String wireValue();
}
