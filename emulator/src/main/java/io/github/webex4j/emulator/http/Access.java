package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.store.Person;

/** Permission checks shared by families. */
public final class Access {
  private Access() {}

  /**
   * Requires a full admin.
   *
   * @throws ApiException 403 otherwise
   */
  public static void requireAdmin(Person caller) {
    if (!caller.isAdmin()) {
      throw ApiException.forbidden("This operation requires an administrator.");
    }
  }

  /**
   * Requires a compliance officer.
   *
   * @throws ApiException 403 otherwise
   */
  public static void requireComplianceOfficer(Person caller) {
    if (!caller.complianceOfficer) {
      throw ApiException.forbidden("This operation requires a compliance officer.");
    }
  }
}
