package io.github.webex4j.people;

import static io.github.webex4j.internal.util.Checks.present;

import java.util.List;
import org.jspecify.annotations.Nullable;

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
    @Nullable List<PhoneNumber> phoneNumbers,
    @Nullable String extension,
    @Nullable String locationId,
    @Nullable String displayName,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String avatar,
    @Nullable String orgId,
    @Nullable List<String> roles,
    @Nullable List<String> licenses,
    @Nullable String department,
    @Nullable String manager,
    @Nullable String managerId,
    @Nullable String title,
    @Nullable List<Address> addresses,
    @Nullable List<String> siteUrls) {

  /**
   * Checks before any request that the body has the one email and a name Webex requires.
   *
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
  public static final class Builder extends PersonSettingsBuilder<Builder> {

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a value is missing or invalid
     */
    public PersonCreateParams build() {
      return new PersonCreateParams(
          emails,
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
