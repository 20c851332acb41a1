package io.github.webex4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@code errors} array of a Webex error body. Every text in it has passed through
 * the client's redactor, so no token sent appears here.
 *
 * @param description the entry's {@code description}, or null if it had none
 * @param errorCode the entry's {@code errorCode} as text (the admin and licensing APIs send a
 *     number, e.g. {@code 400216}), or null if it had none
 * @param raw every field of the entry as sent (maps, lists, strings, numbers, booleans); immutable
 *     (as decoded; a map given to the constructor is copied one level deep), never null
 */
public record ApiErrorItem(
    @Nullable String description, @Nullable String errorCode, Map<String, @Nullable Object> raw) {

  /** Copies {@code raw} into an unmodifiable map (null becomes empty; null values are kept). */
  public ApiErrorItem {
    raw = raw == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(raw));
  }

  /** An entry with only a description. */
  public static ApiErrorItem of(String description) {
    return new ApiErrorItem(
        description, null, description == null ? Map.of() : Map.of("description", description));
  }

  /** The description, followed by {@code (errorCode N)} when there is one. */
  @Override
  public String toString() {
    String text = description == null ? "" : description;
    return errorCode == null ? text : text + " (errorCode " + errorCode + ")";
  }
}
