package io.github.webex4j.people;

import java.util.List;

/**
 * The answer to a lookup by ids ({@code GET /people?id=...}).
 *
 * @param items the people found, in server order; never null
 * @param notFoundIds the requested ids Webex did not find; never null
 */
public record PersonLookup(List<Person> items, List<String> notFoundIds) {

  /** Replaces absent lists with empty ones. */
  public PersonLookup {
    items = items == null ? List.of() : List.copyOf(items);
    notFoundIds = notFoundIds == null ? List.of() : List.copyOf(notFoundIds);
  }
}
