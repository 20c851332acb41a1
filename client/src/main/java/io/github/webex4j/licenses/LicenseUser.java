package io.github.webex4j.licenses;

/**
 * A person holding a license.
 *
 * @param id person id
 * @param type whether the person belongs to the license's organization; null if absent
 * @param displayName full name, null if absent
 * @param email email address, null if absent
 */
public record LicenseUser(String id, LicenseUserType type, String displayName, String email) {}
