package io.github.webex4j.licenses;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Adds or removes a user's attendee access to a Webex site. Webex accepts only the {@code attendee}
 * account type here; host access comes with a meetings license for that site.
 *
 * @param siteUrl non-blank site, e.g. {@code mysite.webex.com}
 * @param accountType always {@link SiteAccountType#ATTENDEE}
 * @param operation add or remove; null sends nothing, which Webex treats as add
 */
public record SiteUrlChange(
    String siteUrl, SiteAccountType accountType, @Nullable LicenseOperation operation) {

  /**
   * Checks that the change names a site and uses the attendee account type, the only one Webex
   * accepts here.
   *
   * @throws IllegalArgumentException if {@code siteUrl} is blank or {@code accountType} is not
   *     {@code ATTENDEE}
   */
  public SiteUrlChange {
    Checks.notBlank(siteUrl, "siteUrls[].siteUrl");
    if (accountType != SiteAccountType.ATTENDEE) {
      throw new IllegalArgumentException("siteUrls[].accountType must be ATTENDEE");
    }
  }

  /** Grants attendee access to a site. */
  public static SiteUrlChange addAttendee(String siteUrl) {
    return new SiteUrlChange(siteUrl, SiteAccountType.ATTENDEE, LicenseOperation.ADD);
  }

  /** Revokes attendee access to a site. */
  public static SiteUrlChange removeAttendee(String siteUrl) {
    return new SiteUrlChange(siteUrl, SiteAccountType.ATTENDEE, LicenseOperation.REMOVE);
  }
}
