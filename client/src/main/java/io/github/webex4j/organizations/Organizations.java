package io.github.webex4j.organizations;

import java.util.List;

/**
 * The {@code /organizations} resource (admin). Obtain it from {@code WebexClient.organizations()}.
 * All methods perform network I/O, are thread-safe, and throw {@link
 * io.github.webex4j.WebexException} subclasses on failure.
 */
public interface Organizations {

  /**
   * All organizations visible to the caller. The endpoint is not paginated, so this is one request
   * returning the complete list.
   *
   * @return the organizations, never null
   */
  List<Organization> list();

  /**
   * The organization with this id ({@code GET /organizations/{orgId}}).
   *
   * @param orgId non-blank organization id
   * @throws IllegalArgumentException if the id is blank, before any request
   * @throws io.github.webex4j.NotFoundException if the organization is unknown
   */
  Organization get(String orgId);

  /**
   * Deletes an organization. Irreversible; Webex completes it within about 10 minutes.
   *
   * @param orgId non-blank organization id
   * @throws io.github.webex4j.ConflictException if the org still has linked sites, subscriptions,
   *     licenses, directory sync, more than one user or managed orgs
   */
  void delete(String orgId);
}
