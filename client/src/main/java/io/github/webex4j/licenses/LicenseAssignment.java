package io.github.webex4j.licenses;

import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@code PATCH /licenses/users}: what the user holds afterwards.
 *
 * <p>Webex answers 200 when every change was applied and <b>206 Partial Content</b> when only some
 * were. {@link #partial()} is true after a 206 (or when the body shows a change missing); {@link
 * #notApplied()} lists the requested license ids and site URLs whose outcome the body does not
 * reflect (an addition missing from both the held and the pending lists, or a removal still held).
 * Webex does not name the skipped changes itself, so that list is derived from the body.
 *
 * @param orgId the user's organization
 * @param personId the user's id
 * @param email the user's email
 * @param licenses license ids the user holds now
 * @param siteUrls site URLs and account types the user holds now
 * @param pendingLicenses license ids waiting for an external user to accept
 * @param pendingSiteUrls site URLs waiting for an external user to accept
 * @param partial true if Webex answered 206 or a requested change is missing from the result
 * @param notApplied requested license ids and site URLs whose change is not visible in the result;
 *     empty if all applied
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record LicenseAssignment(
    @Nullable String orgId,
    @Nullable String personId,
    @Nullable String email,
    List<String> licenses,
    List<SiteAccount> siteUrls,
    List<String> pendingLicenses,
    List<SiteAccount> pendingSiteUrls,
    boolean partial,
    List<String> notApplied,
    Map<String, @Nullable Object> extra) {

  /** Absent lists become empty lists. */
  public LicenseAssignment {
    extra = Extras.copyOf(extra);
    licenses = licenses == null ? List.of() : List.copyOf(licenses);
    siteUrls = siteUrls == null ? List.of() : List.copyOf(siteUrls);
    pendingLicenses = pendingLicenses == null ? List.of() : List.copyOf(pendingLicenses);
    pendingSiteUrls = pendingSiteUrls == null ? List.of() : List.copyOf(pendingSiteUrls);
    notApplied = notApplied == null ? List.of() : List.copyOf(notApplied);
  }
}
