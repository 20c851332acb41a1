package io.github.webex4j.licenses;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One license to add to or remove from a user.
 *
 * @param id non-blank license id
 * @param operation add or remove; null sends nothing, which Webex treats as add
 * @param properties calling properties (Webex Calling licenses only), may be null
 */
public record LicenseChange(
    String id, @Nullable LicenseOperation operation, @Nullable LicenseProperties properties) {

  /**
   * Checks that the change names a license.
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public LicenseChange {
    Checks.notBlank(id, "licenses[].id");
  }

  /** Assigns a license. */
  public static LicenseChange add(String licenseId) {
    return new LicenseChange(licenseId, LicenseOperation.ADD, null);
  }

  /** Assigns a Webex Calling license with its calling properties. */
  public static LicenseChange add(String licenseId, LicenseProperties properties) {
    return new LicenseChange(licenseId, LicenseOperation.ADD, properties);
  }

  /** Removes a license. */
  public static LicenseChange remove(String licenseId) {
    return new LicenseChange(licenseId, LicenseOperation.REMOVE, null);
  }
}
