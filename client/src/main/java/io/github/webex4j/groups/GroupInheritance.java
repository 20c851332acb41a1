package io.github.webex4j.groups;

import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A property a group passes on to its members; only {@code type=role} exists today.
 *
 * @param type inheritance type, {@code role}
 * @param value e.g. a role name such as {@code id_full_admin}
 * @param nested whether the inheritance is nested, may be null
 * @param scope entity types that inherit it, may be empty
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record GroupInheritance(
    @Nullable String type,
    @Nullable String value,
    @Nullable Boolean nested,
    List<String> scope,
    Map<String, @Nullable Object> extra) {

  /** Null {@code scope} becomes an empty list. */
  public GroupInheritance {
    extra = Extras.copyOf(extra);
    scope = scope == null ? List.of() : List.copyOf(scope);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public GroupInheritance(
      @Nullable String type, @Nullable String value, @Nullable Boolean nested, List<String> scope) {
    this(type, value, nested, scope, Map.of());
  }

  /** A role inheritance. */
  public static GroupInheritance role(String roleName) {
    return new GroupInheritance("role", roleName, null, List.of());
  }
}
