package io.github.webex4j.licenses;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PATCH /licenses/users}: assign or remove licenses and attendee site URLs for an
 * existing user.
 *
 * @param email the user's email; this or {@code personId} is required
 * @param personId the user's id; this or {@code email} is required
 * @param orgId organization the licenses belong to; null for the token's organization
 * @param licenses license changes (may be empty if {@code siteUrls} is not)
 * @param siteUrls attendee site URL changes (may be empty if {@code licenses} is not)
 */
public record LicenseAssignParams(
    @Nullable String email,
    @Nullable String personId,
    @Nullable String orgId,
    @Nullable List<LicenseChange> licenses,
    @Nullable List<SiteUrlChange> siteUrls) {

  /**
   * Checks before any request that the body names a user and at least one change.
   *
   * @throws IllegalArgumentException if neither {@code email} nor {@code personId} is given, or if
   *     there is no change at all
   */
  public LicenseAssignParams {
    if (isBlank(email) && isBlank(personId)) {
      throw new IllegalArgumentException("email or personId is required");
    }
    licenses = licenses == null || licenses.isEmpty() ? null : List.copyOf(licenses);
    siteUrls = siteUrls == null || siteUrls.isEmpty() ? null : List.copyOf(siteUrls);
    if (licenses == null && siteUrls == null) {
      throw new IllegalArgumentException("licenses or siteUrls must contain at least one change");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** A builder; set {@code personId} or {@code email} and at least one change. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LicenseAssignParams}. */
  public static final class Builder {
    private String email;
    private String personId;
    private String orgId;
    private final List<LicenseChange> licenses = new ArrayList<>();
    private final List<SiteUrlChange> siteUrls = new ArrayList<>();

    private Builder() {}

    /** The user's email. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** The user's id. */
    public Builder personId(String personId) {
      this.personId = personId;
      return this;
    }

    /** The organization owning the licenses. */
    public Builder orgId(String orgId) {
      this.orgId = orgId;
      return this;
    }

    /** A license to add or remove, non-null. */
    public Builder license(LicenseChange change) {
      licenses.add(Objects.requireNonNull(change, "change"));
      return this;
    }

    /** A site URL to add or remove, non-null. */
    public Builder siteUrl(SiteUrlChange change) {
      siteUrls.add(Objects.requireNonNull(change, "change"));
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if the user or the changes are missing
     */
    public LicenseAssignParams build() {
      return new LicenseAssignParams(email, personId, orgId, licenses, siteUrls);
    }
  }
}
