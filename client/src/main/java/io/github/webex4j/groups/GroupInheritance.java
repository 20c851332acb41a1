package io.github.webex4j.groups;

import java.util.List;

/**
 * A property a group passes on to its members; only {@code type=role} exists today.
 *
 * @param type inheritance type, {@code role}
 * @param value e.g. a role name such as {@code id_full_admin}
 * @param nested whether the inheritance is nested, may be null
 * @param scope entity types that inherit it, may be empty
 */
public record GroupInheritance(String type, String value, Boolean nested, List<String> scope) {

  /** Null {@code scope} becomes an empty list. */
  public GroupInheritance {
    scope = scope == null ? List.of() : List.copyOf(scope);
  }

  /** A role inheritance. */
  public static GroupInheritance role(String roleName) {
    return new GroupInheritance("role", roleName, null, List.of());
  }
}
