package io.github.webex4j.people;

import static io.github.webex4j.internal.util.Checks.present;

import java.util.List;

/**
 * Body of {@code POST /people} (admin). Null components are not sent.
 *
 * @param emails required: exactly one email address (Webex uses only one)
 * @param phoneNumbers phone numbers (Webex Calling only)
 * @param extension Webex Calling extension
 * @param locationId Webex Calling location id
 * @param displayName full name
 * @param firstName first name
 * @param lastName last name
 * @param avatar URL of a PNG avatar
 * @param orgId organization to create the person in
 * @param roles role ids
 * @param licenses license ids
 * @param department business department
 * @param manager manager identifier
 * @param managerId the manager's person id
 * @param title job title
 * @param addresses postal addresses
 * @param siteUrls Webex sites, e.g. {@code mysite.webex.com#attendee}
 */
public record PersonCreateParams(
    List<String> emails,
    List<PhoneNumber> phoneNumbers,
    String extension,
    String locationId,
    String displayName,
    String firstName,
    String lastName,
    String avatar,
    String orgId,
    List<String> roles,
    List<String> licenses,
    String department,
    String manager,
    String managerId,
    String title,
    List<Address> addresses,
    List<String> siteUrls) {

  /**
   * @throws IllegalArgumentException if there is not exactly one non-blank email, or none of
   *     displayName, firstName, lastName
   */
  public PersonCreateParams {
    if (emails == null || emails.size() != 1 || !present(emails.get(0))) {
      throw new IllegalArgumentException("emails must hold exactly one non-blank address");
    }
    if (!present(displayName) && !present(firstName) && !present(lastName)) {
      throw new IllegalArgumentException("displayName, firstName or lastName is required");
    }
    emails = List.copyOf(emails);
    phoneNumbers = phoneNumbers == null ? null : List.copyOf(phoneNumbers);
    roles = roles == null ? null : List.copyOf(roles);
    licenses = licenses == null ? null : List.copyOf(licenses);
    addresses = addresses == null ? null : List.copyOf(addresses);
    siteUrls = siteUrls == null ? null : List.copyOf(siteUrls);
  }

  /** A person with an email and a display name. */
  public static PersonCreateParams of(String email, String displayName) {
    return builder().email(email).displayName(displayName).build();
  }

  /** A builder; an email and a name are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PersonCreateParams}. */
  public static final class Builder {
    private String email;
    private List<PhoneNumber> phoneNumbers;
    private String extension;
    private String locationId;
    private String displayName;
    private String firstName;
    private String lastName;
    private String avatar;
    private String orgId;
    private List<String> roles;
    private List<String> licenses;
    private String department;
    private String manager;
    private String managerId;
    private String title;
    private List<Address> addresses;
    private List<String> siteUrls;

    private Builder() {}

    /** Required email address. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Phone numbers. */
    public Builder phoneNumbers(List<PhoneNumber> phoneNumbers) {
      this.phoneNumbers = phoneNumbers;
      return this;
    }

    /** Calling extension. */
    public Builder extension(String extension) {
      this.extension = extension;
      return this;
    }

    /** Calling location id. */
    public Builder locationId(String locationId) {
      this.locationId = locationId;
      return this;
    }

    /** Full name. */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /** First name. */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /** Last name. */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** Avatar URL. */
    public Builder avatar(String avatar) {
      this.avatar = avatar;
      return this;
    }

    /** Organization id. */
    public Builder orgId(String orgId) {
      this.orgId = orgId;
      return this;
    }

    /** Role ids. */
    public Builder roles(List<String> roles) {
      this.roles = roles;
      return this;
    }

    /** License ids. */
    public Builder licenses(List<String> licenses) {
      this.licenses = licenses;
      return this;
    }

    /** Department. */
    public Builder department(String department) {
      this.department = department;
      return this;
    }

    /** Manager identifier. */
    public Builder manager(String manager) {
      this.manager = manager;
      return this;
    }

    /** Manager's person id. */
    public Builder managerId(String managerId) {
      this.managerId = managerId;
      return this;
    }

    /** Job title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Postal addresses. */
    public Builder addresses(List<Address> addresses) {
      this.addresses = addresses;
      return this;
    }

    /** Webex sites. */
    public Builder siteUrls(List<String> siteUrls) {
      this.siteUrls = siteUrls;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field if a value is missing or invalid
     */
    public PersonCreateParams build() {
      return new PersonCreateParams(
          email == null ? null : List.of(email),
          phoneNumbers,
          extension,
          locationId,
          displayName,
          firstName,
          lastName,
          avatar,
          orgId,
          roles,
          licenses,
          department,
          manager,
          managerId,
          title,
          addresses,
          siteUrls);
    }
  }
}
