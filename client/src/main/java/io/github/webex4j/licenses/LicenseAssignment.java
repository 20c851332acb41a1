package io.github.webex4j.licenses;

import java.util.List;

/**
 * The result of {@code PATCH /licenses/users}: what the user holds afterwards.
 *
 * <p>Webex answers 200 when every change was applied and <b>206 Partial Content</b> when only some
 * were. {@link #partial()} reports the 206; {@link #notApplied()} lists the requested license ids
 * whose outcome the body does not reflect (an added license missing from {@code licenses} and
 * {@code pendingLicenses}, or a removed one still present).
 *
 * @param orgId the user's organization
 * @param personId the user's id
 * @param email the user's email
 * @param licenses license ids the user holds now
 * @param siteUrls site URLs and account types the user holds now
 * @param pendingLicenses license ids waiting for an external user to accept
 * @param pendingSiteUrls site URLs waiting for an external user to accept
 * @param partial true if Webex answered 206 (only some changes applied)
 * @param notApplied requested license ids whose change is not visible in the result; empty if all
 *     applied
 */
public record LicenseAssignment(
    String orgId,
    String personId,
    String email,
    List<String> licenses,
    List<SiteAccount> siteUrls,
    List<String> pendingLicenses,
    List<SiteAccount> pendingSiteUrls,
    boolean partial,
    List<String> notApplied) {

  /** Absent lists become empty lists. */
  public LicenseAssignment {
    licenses = licenses == null ? List.of() : List.copyOf(licenses);
    siteUrls = siteUrls == null ? List.of() : List.copyOf(siteUrls);
    pendingLicenses = pendingLicenses == null ? List.of() : List.copyOf(pendingLicenses);
    pendingSiteUrls = pendingSiteUrls == null ? List.of() : List.copyOf(pendingSiteUrls);
    notApplied = notApplied == null ? List.of() : List.copyOf(notApplied);
  }
}
