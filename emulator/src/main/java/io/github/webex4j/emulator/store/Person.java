package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A person or bot of the emulated org. Mutable; guarded by the {@link World} lock. {@link #profile}
 * keeps the optional admin fields (phoneNumbers, department, title, ...) as sent.
 */
public final class Person {
  public final String id;
  public final String uuid;
  public final String type;
  public final Instant created;
  public String email;
  public String displayName;
  public String firstName;
  public String lastName;
  public String nickName;
  public String avatar;
  public String orgId;
  public List<String> roles = new ArrayList<>();
  public List<String> licenses = new ArrayList<>();
  public boolean complianceOfficer;
  public Instant lastModified;
  public ObjectNode profile = JsonNodeFactory.instance.objectNode();

  Person(String id, String uuid, String type, Instant created) {
    this.id = id;
    this.uuid = uuid;
    this.type = type;
    this.created = created;
    this.lastModified = created;
  }

  /** True for a bot account. */
  public boolean isBot() {
    return "bot".equals(type);
  }

  /** True when the person holds the full-admin role. */
  public boolean isAdmin() {
    return roles.contains(PeopleStore.FULL_ADMIN_ROLE_ID);
  }
}
