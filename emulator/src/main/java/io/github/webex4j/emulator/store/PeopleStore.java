package io.github.webex4j.emulator.store;

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

  /** Registers a caller-chosen token for {@code person}. */
  public void registerToken(String token, Person person) {
    personIdByToken.put(token, person.id);
  }

  /** The person a bearer token belongs to, if the token is known. */
  public Optional<Person> byToken(String token) {
    return find(personIdByToken.get(token));
  }
}
