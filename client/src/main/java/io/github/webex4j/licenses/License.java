package io.github.webex4j.licenses;

import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A license of an organization. Fields that do not apply to a license are absent (null).
 *
 * @param id opaque license id
 * @param name name of the licensed feature, e.g. {@code Meeting - Webex Meeting Center}
 * @param totalUnits units allocated, null if absent
 * @param consumedUnits units consumed, null if absent
 * @param consumedByUsers units consumed by users, null if absent
 * @param consumedByWorkspaces units consumed by workspaces, null if absent
 * @param subscriptionId subscription id used in Control Hub, null if absent
 * @param siteUrl the Webex Meetings site of a meetings license, null otherwise
 * @param siteType how that site is managed, null if absent; {@link LicenseSiteType#UNKNOWN} for
 *     values this version does not know
 * @param users people holding the license; only filled by {@link Licenses#get(String,
 *     LicenseGetParams)} with {@code includeAssignedTo=user}, otherwise empty
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record License(
    @Nullable String id,
    @Nullable String name,
    @Nullable Long totalUnits,
    @Nullable Long consumedUnits,
    @Nullable Long consumedByUsers,
    @Nullable Long consumedByWorkspaces,
    @Nullable String subscriptionId,
    @Nullable String siteUrl,
    @Nullable LicenseSiteType siteType,
    List<LicenseUser> users,
    Map<String, @Nullable Object> extra) {

  /** Absent {@code users} becomes an empty list. */
  public License {
    extra = Extras.copyOf(extra);
    users = users == null ? List.of() : List.copyOf(users);
  }
}
