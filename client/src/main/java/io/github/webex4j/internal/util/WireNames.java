package io.github.webex4j.internal.util;

import java.util.List;
import java.util.Map;

/**
 * The wire names of the API records, shared by the mapper ({@link ModelConventions}) and {@link
 * RecordReader}: a property is read into the component of its name, or of an older name listed
 * here; a component {@code Map<String, Object> extra} keeps every property the record does not
 * declare. Free of Jackson's databind, so the reader loads none of it.
 */
final class WireNames {
  /** The name of the component that keeps unknown properties. */
  static final String EXTRA = "extra";

  /**
   * Older wire names per record (by class name: this leaf package does not depend on the resource
   * packages) and component.
   */
  private static final Map<String, Map<String, List<String>>> ALIASES =
      Map.of("io.github.webex4j.people.Person", Map.of("timezone", List.of("timeZone")));

  private WireNames() {}

  /** The older wire names of {@code record}'s {@code component}, read beside its own name. */
  static List<String> aliases(Class<?> record, String component) {
    return ALIASES.getOrDefault(record.getName(), Map.of()).getOrDefault(component, List.of());
  }
}
