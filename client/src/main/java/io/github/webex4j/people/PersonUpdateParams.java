package io.github.webex4j.people;

import io.github.webex4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /people/{personId}} (admin). Webex <strong>replaces</strong> the person with
 * this body, so start from the current state: {@code PersonUpdateParams.builder(person)}. Null
 * components are not sent.
 *
 * @param emails email addresses (one)
 * @param phoneNumbers phone numbers (Webex Calling only)
 * @param extension Webex Calling extension
 * @param locationId Webex Calling location id
 * @param displayName required full name
 * @param firstName first name
 * @param lastName last name
 * @param nickName nickname (Webex may reset it to the first name)
 * @param avatar URL of a PNG avatar
 * @param orgId organization id
 * @param roles role ids
 * @param licenses license ids
 * @param department business department
 * @param manager manager identifier
 * @param managerId the manager's person id
 * @param title job title
 * @param addresses postal addresses
 * @param siteUrls Webex sites
 * @param loginEnabled whether the person may log in
 */
public record PersonUpdateParams(
    @Nullable List<String> emails,
    @Nullable List<PhoneNumber> phoneNumbers,
    @Nullable String extension,
    @Nullable String locationId,
    String displayName,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String nickName,
    @Nullable String avatar,
    @Nullable String orgId,
    @Nullable List<String> roles,
    @Nullable List<String> licenses,
    @Nullable String department,
    @Nullable String manager,
    @Nullable String managerId,
    @Nullable String title,
    @Nullable List<Address> addresses,
    @Nullable List<String> siteUrls,
    @Nullable Boolean loginEnabled) {

  /**
   * Checks before any request that the body has the display name Webex requires and at most one
   * email.
   *
   * @throws IllegalArgumentException if {@code displayName} is blank or more than one email is
   *     given
   */
  public PersonUpdateParams {
    Checks.notBlank(displayName, "displayName");
    if (emails != null && emails.size() > 1) {
      throw new IllegalArgumentException("emails must hold at most one address");
    }
    emails = emails == null ? null : List.copyOf(emails);
    phoneNumbers = phoneNumbers == null ? null : List.copyOf(phoneNumbers);
    roles = roles == null ? null : List.copyOf(roles);
    licenses = licenses == null ? null : List.copyOf(licenses);
    addresses = addresses == null ? null : List.copyOf(addresses);
    siteUrls = siteUrls == null ? null : List.copyOf(siteUrls);
  }

  /** An empty builder; {@code displayName} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder pre-filled with every writable field of {@code current}, for the GET-modify-PUT cycle
   * Webex requires.
   *
   * @param current the person as last fetched, non-null
   */
  public static Builder builder(Person current) {
    Builder b = new Builder();
    b.emails = current.emails().isEmpty() ? null : current.emails();
    b.phoneNumbers = current.phoneNumbers().isEmpty() ? null : current.phoneNumbers();
    b.extension = current.extension();
    b.locationId = current.locationId();
    b.displayName = current.displayName();
    b.firstName = current.firstName();
    b.lastName = current.lastName();
    b.nickName = current.nickName();
    b.avatar = current.avatar();
    b.orgId = current.orgId();
    b.roles = current.roles().isEmpty() ? null : current.roles();
    b.licenses = current.licenses().isEmpty() ? null : current.licenses();
    b.department = current.department();
    b.manager = current.manager();
    b.managerId = current.managerId();
    b.title = current.title();
    b.addresses = current.addresses().isEmpty() ? null : current.addresses();
    b.siteUrls = current.siteUrls().isEmpty() ? null : current.siteUrls();
    b.loginEnabled = current.loginEnabled();
    return b;
  }

  /** Builder for {@link PersonUpdateParams}. */
  public static final class Builder extends PersonSettingsBuilder<Builder> {
    private String nickName;
    private Boolean loginEnabled;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Nickname. */
    public Builder nickName(String nickName) {
      this.nickName = nickName;
      return this;
    }

    /** Login allowed or not. */
    public Builder loginEnabled(boolean loginEnabled) {
      this.loginEnabled = loginEnabled;
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a value is missing or invalid
     */
    public PersonUpdateParams build() {
      return new PersonUpdateParams(
          emails,
          phoneNumbers,
          extension,
          locationId,
          displayName,
          firstName,
          lastName,
          nickName,
          avatar,
          orgId,
          roles,
          licenses,
          department,
          manager,
          managerId,
          title,
          addresses,
          siteUrls,
          loginEnabled);
    }
  }
}
