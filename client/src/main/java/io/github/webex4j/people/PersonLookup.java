package io.github.webex4j.people;

import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a lookup by ids ({@code GET /people?id=...}).
 *
 * @param items the people found, in server order; never null
 * @param notFoundIds the requested ids Webex did not find; never null
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record PersonLookup(
    List<Person> items, List<String> notFoundIds, Map<String, @Nullable Object> extra) {

  /** Replaces absent lists with empty ones. */
  public PersonLookup {
    extra = Extras.copyOf(extra);
    items = items == null ? List.of() : List.copyOf(items);
    notFoundIds = notFoundIds == null ? List.of() : List.copyOf(notFoundIds);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public PersonLookup(List<Person> items, List<String> notFoundIds) {
    this(items, notFoundIds, Map.of());
  }
}
