package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Person;
import java.util.List;

/** People as the API shows them. */
public final class PersonRenderer {
  private PersonRenderer() {}

  /**
   * The person as {@code viewer} sees them on a details call: admin-only fields go to admins and
   * presence ({@code status}) is shown.
   */
  public static ObjectNode render(Person person, Person viewer, boolean presence) {
    return render(person, presence, viewer.isAdmin());
  }

  /**
   * The person as seen in a response; {@code presence} adds {@code status}, {@code adminFields}
   * adds {@code invitePending} and {@code loginEnabled} (details calls by admins only).
   */
  public static ObjectNode render(Person person, boolean presence, boolean adminFields) {
    ObjectNode node = Json.object();
    node.put("id", person.id);
    node.set("emails", Json.strings(List.of(person.email)));
    copyProfile(person, node, "phoneNumbers");
    copyProfile(person, node, "extension");
    copyProfile(person, node, "locationId");
    node.put("displayName", person.displayName);
    Json.put(node, "nickName", person.nickName);
    Json.put(node, "firstName", person.firstName);
    Json.put(node, "lastName", person.lastName);
    Json.put(node, "avatar", person.avatar);
    node.put("orgId", person.orgId);
    node.set("roles", Json.strings(person.roles));
    node.set("licenses", Json.strings(person.licenses));
    for (String field : List.of("department", "manager", "managerId", "title", "addresses")) {
      copyProfile(person, node, field);
    }
    Json.put(node, "created", person.created);
    Json.put(node, "lastModified", person.lastModified);
    copyProfile(person, node, "timezone");
    copyProfile(person, node, "siteUrls");
    if (presence) {
      node.put("status", "active");
    }
    if (adminFields) {
      node.put("invitePending", "false");
      node.put("loginEnabled", "true");
    }
    node.put("type", person.type);
    return node;
  }

  private static void copyProfile(Person person, ObjectNode node, String field) {
    JsonNode value = person.profile.get(field);
    if (value != null && !value.isNull()) {
      node.set(field, value.deepCopy());
    }
  }
}
