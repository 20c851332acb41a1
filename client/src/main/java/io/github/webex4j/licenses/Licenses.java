package io.github.webex4j.licenses;

import io.github.webex4j.Page;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /licenses} resource (admin). Obtain it from {@code WebexClient.licenses()}. All
 * methods perform network I/O, are thread-safe, and throw {@link io.github.webex4j.WebexException}
 * subclasses on failure (e.g. {@link io.github.webex4j.NotFoundException} for an unknown id, {@link
 * io.github.webex4j.BadRequestException} with {@code errors()} for a refused license change).
 */
public interface Licenses {

  /**
   * The licenses of the caller's organization. Webex returns them in one response; a {@code Link}
   * to further pages would be followed.
   *
   * @return the licenses, never null
   */
  List<License> list();

  /**
   * The licenses of an organization.
   *
   * @param orgId non-blank organization id (partners managing other orgs)
   * @throws IllegalArgumentException if {@code orgId} is blank, before any request
   */
  List<License> list(String orgId);

  /**
   * The license with this id ({@code GET /licenses/{licenseId}}), without its assigned users.
   *
   * @param licenseId non-blank license id
   * @return the license; {@code users} is empty
   * @throws IllegalArgumentException if the id is blank, before any request
   */
  License get(String licenseId);

  /**
   * One request for a license, optionally with (one set of) its assigned users.
   *
   * @param licenseId non-blank license id
   * @param params non-null query
   */
  License get(String licenseId, LicenseGetParams params);

  /**
   * The users holding a license, paged with {@code limit} and the server's {@code Link} URL; {@code
   * autoPager()} streams all of them.
   *
   * @param licenseId non-blank license id
   * @param pageSize users per page, 1 to 300, or null for Webex's default (300)
   * @throws IllegalArgumentException if the id is blank or the page size out of range
   */
  Page<LicenseUser> assignedUsers(String licenseId, @Nullable Integer pageSize);

  /**
   * Assigns or removes licenses and attendee site URLs for an existing user ({@code PATCH
   * /licenses/users}). A partial success (HTTP 206) is returned, not thrown: check {@link
   * LicenseAssignment#partial()}.
   *
   * @param params non-null changes
   */
  LicenseAssignment assign(LicenseAssignParams params);
}
