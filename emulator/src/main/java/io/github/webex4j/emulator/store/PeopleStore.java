package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** People, bots and their access tokens. */
public final class PeopleStore implements Store {
  /** Role id of the full administrator ({@code ciscospark://us/ROLE/id_full_admin}). */
  public static final String FULL_ADMIN_ROLE_ID = Ids.encode("ROLE", "id_full_admin");

  private final World world;
  private final Map<String, Person> byId = new LinkedHashMap<>();
  private final Map<String, String> idByEmail = new HashMap<>();
  private final Map<String, String> personIdByToken = new HashMap<>();
  private final SecureRandom random = new SecureRandom();

  PeopleStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
    idByEmail.clear();
    personIdByToken.clear();
  }

  /**
   * Creates a person of {@code type} ("person" or "bot").
   *
   * @throws RuleViolation 409 when the email is taken
   */
  public Person create(String email, String displayName, String type) {
    String key = email.toLowerCase(Locale.ROOT);
    if (idByEmail.containsKey(key)) {
      throw RuleViolation.conflict("A person with email " + email + " already exists.");
    }
    String uuid = world.ids().uuid().toString();
    Person person = new Person(Ids.encode("PEOPLE", uuid), uuid, type, world.timestamps().next());
    person.email = email;
    person.displayName = displayName;
    person.orgId = world.orgId();
    byId.put(person.id, person);
    idByEmail.put(key, person.id);
    return person;
  }

  /** Changes the email of {@code person}; 409 when another person has it. */
  public void changeEmail(Person person, String email) {
    String key = email.toLowerCase(Locale.ROOT);
    String owner = idByEmail.get(key);
    if (owner != null && !owner.equals(person.id)) {
      throw RuleViolation.conflict("A person with email " + email + " already exists.");
    }
    idByEmail.remove(person.email.toLowerCase(Locale.ROOT));
    idByEmail.put(key, person.id);
    person.email = email;
  }

  /**
   * What an admin sets on {@code POST /people} and {@code PUT /people/{id}}. Null {@code roles} or
   * {@code licenses} leave them unchanged, a null {@code avatar} keeps the current one on create;
   * {@code profile} holds the profile fields given (phone numbers, title, ...).
   */
  public record PersonDraft(
      String displayName,
      String firstName,
      String lastName,
      String nickName,
      String avatar,
      List<String> roles,
      List<String> licenses,
      ObjectNode profile) {}

  /**
   * An admin creates a person; recorded in the admin audit log (with role and license changes).
   *
   * @throws RuleViolation 409 when the email is taken
   */
  public Person createByAdmin(Person actor, String email, PersonDraft draft) {
    Person person = create(email, draft.displayName(), "person");
    apply(person, draft);
    world.adminAudit.userChanged(
        actor, "USERS", "User created", actor.email + " created user " + email, person);
    auditAccess(actor, person, List.of(), List.of());
    return person;
  }

  /**
   * An admin replaces a person's details ({@code PUT}: unset fields are cleared, roles and licenses
   * only change when given); recorded in the admin audit log.
   *
   * @param email the new email, or null to keep it
   * @throws RuleViolation 409 when the new email is taken
   */
  public void replaceByAdmin(Person actor, Person person, String email, PersonDraft draft) {
    if (email != null) {
      changeEmail(person, email);
    }
    List<String> roles = List.copyOf(person.roles);
    List<String> licenses = List.copyOf(person.licenses);
    person.displayName = draft.displayName();
    person.profile.removeAll();
    person.avatar = null;
    apply(person, draft);
    person.nickName = draft.nickName();
    person.lastModified = world.timestamps().next();
    world.adminAudit.userChanged(
        actor, "USERS", "User updated", actor.email + " updated user " + person.email, person);
    auditAccess(actor, person, roles, licenses);
  }

  /**
   * An admin deletes a person; recorded in the admin audit log.
   *
   * @throws RuleViolation 403 for the seeded admin
   */
  public void deleteByAdmin(Person actor, Person person) {
    if (person.id.equals(world.admin().id)) {
      throw RuleViolation.forbidden("The emulator's seeded admin cannot be deleted.");
    }
    delete(person);
    world.adminAudit.userChanged(
        actor, "USERS", "User deleted", actor.email + " deleted user " + person.email, person);
  }

  private static void apply(Person person, PersonDraft draft) {
    person.firstName = draft.firstName();
    person.lastName = draft.lastName();
    if (draft.avatar() != null) {
      person.avatar = draft.avatar();
    }
    if (draft.roles() != null) {
      person.roles = new ArrayList<>(draft.roles());
    }
    if (draft.licenses() != null) {
      person.licenses = new ArrayList<>(draft.licenses());
    }
    person.profile.setAll(draft.profile());
  }

  private void auditAccess(
      Person actor, Person person, List<String> rolesBefore, List<String> licensesBefore) {
    if (!person.roles.equals(rolesBefore)) {
      world.adminAudit.userChanged(
          actor,
          "ROLES",
          "User roles changed",
          actor.email + " changed the roles of " + person.email + " to " + person.roles,
          person);
    }
    if (!person.licenses.equals(licensesBefore)) {
      auditLicenses(actor, person);
    }
  }

  /** Records that {@code actor} changed the licenses of {@code person}. */
  void auditLicenses(Person actor, Person person) {
    world.adminAudit.userChanged(
        actor,
        "LICENSES",
        "User licenses changed",
        actor.email + " changed the licenses of " + person.email + " to " + person.licenses,
        person);
  }

  /** Deletes a person, their tokens, memberships and team memberships. */
  public void delete(Person person) {
    byId.remove(person.id);
    idByEmail.remove(person.email.toLowerCase(Locale.ROOT));
    personIdByToken.values().removeIf(person.id::equals);
    world.memberships.removePerson(person.id);
    world.teamMemberships.removePerson(person.id);
  }

  /** The person with {@code id}, if any. */
  public Optional<Person> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The person with {@code id}, or a 404 naming {@code what}. */
  public Person require(String id, String what) {
    return find(id).orElseThrow(() -> RuleViolation.notFound("Could not find " + what + "."));
  }

  /**
   * The person with {@code id} when it is given, else the one with {@code email}.
   *
   * @throws RuleViolation not found when there is no such person
   */
  public Person requireByIdOrEmail(String id, String email) {
    return id != null
        ? require(id, "a person with this ID")
        : findByEmail(email)
            .orElseThrow(() -> RuleViolation.notFound("Could not find a person with this email."));
  }

  /** The person with {@code email} (case-insensitive), if any. */
  public Optional<Person> findByEmail(String email) {
    return email == null ? Optional.empty() : find(idByEmail.get(email.toLowerCase(Locale.ROOT)));
  }

  /** Everyone, oldest first. */
  public List<Person> all() {
    return new ArrayList<>(byId.values());
  }

  /** Mints a new random token for {@code person}. */
  public String issueToken(Person person) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    personIdByToken.put(token, person.id);
    return token;
  }

  /** Puts a snapshot's person back (409 for a taken email) with its tokens. */
  void restore(Person person, List<String> tokens) {
    String key = person.email.toLowerCase(Locale.ROOT);
    if (idByEmail.containsKey(key) || byId.containsKey(person.id)) {
      throw RuleViolation.badRequest("The snapshot names " + person.email + " twice.");
    }
    byId.put(person.id, person);
    idByEmail.put(key, person.id);
    tokens.forEach(token -> personIdByToken.put(token, person.id));
  }

  /** The tokens of {@code person} (for snapshots). */
  List<String> tokensOf(Person person) {
    return personIdByToken.entrySet().stream()
        .filter(e -> e.getValue().equals(person.id))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Registers a caller-chosen token for {@code person}. */
  public void registerToken(String token, Person person) {
    personIdByToken.put(token, person.id);
  }

  /** The person a bearer token belongs to, if the token is known. */
  public Optional<Person> byToken(String token) {
    return find(personIdByToken.get(token));
  }
}
