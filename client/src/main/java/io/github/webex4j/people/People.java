package io.github.webex4j.people;

import java.util.List;

/**
 * The {@code /people} resource. Obtain it from {@code WebexClient.people()}. All methods perform
 * network I/O, are thread-safe, and throw {@link io.github.webex4j.WebexException} subclasses on
 * failure ({@link io.github.webex4j.NotFoundException} for an unknown id, {@link
 * io.github.webex4j.ForbiddenException} for admin operations without admin rights, {@link
 * io.github.webex4j.BadRequestException} for a non-admin search without email or display name).
 * Invalid arguments fail with {@link IllegalArgumentException} before any request.
 */
public interface People {

  /** The caller's own profile ({@code GET /people/me}). */
  Person me();

  /**
   * One page of people matching the filters; with {@code ids}, {@link PersonPage#notFoundIds()}
   * names those Webex did not find.
   *
   * @param params non-null query
   */
  PersonPage list(PersonListParams params);

  /**
   * The person with this id ({@code GET /people/{personId}}).
   *
   * @param personId non-blank person id
   */
  Person get(String personId);

  /**
   * Looks up people by id in one request and reports the ids Webex did not find (presence fields
   * are omitted in this mode).
   *
   * @param ids 1 to 85 non-blank person ids
   * @throws IllegalArgumentException if the list is empty, longer than 85 or holds a blank id
   */
  PersonLookup lookup(List<String> ids);

  /**
   * Creates a person (admin).
   *
   * @param params non-null body
   */
  Person create(PersonCreateParams params);

  /**
   * Replaces a person's details (admin); fields not sent may be cleared.
   *
   * @param personId non-blank person id
   * @param params non-null body, best built with {@link PersonUpdateParams#builder(Person)}
   */
  Person update(String personId, PersonUpdateParams params);

  /**
   * Deletes a person (admin).
   *
   * @param personId non-blank person id
   */
  void delete(String personId);
}
