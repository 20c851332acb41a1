package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /meetings/{meetingId}/registrants}. Null components are not sent.
 *
 * @param sendEmail whether Webex emails the registrant, null for the Webex default
 * @param firstName required first name
 * @param lastName required last name
 * @param email required email address
 * @param jobTitle job title
 * @param companyName company
 * @param address1 first address line
 * @param address2 second address line
 * @param city city
 * @param state state
 * @param zipCode postal code; [?] the API schema types it as a number, so leading zeros and letters
 *     cannot be sent
 * @param countryRegion country or region
 * @param workPhone work phone
 * @param fax fax
 * @param customizedQuestions answers to the form's customized questions, null or empty for none
 */
public record MeetingRegistrantCreateParams(
    @Nullable Boolean sendEmail,
    String firstName,
    String lastName,
    String email,
    @Nullable String jobTitle,
    @Nullable String companyName,
    @Nullable String address1,
    @Nullable String address2,
    @Nullable String city,
    @Nullable String state,
    @Nullable Long zipCode,
    @Nullable String countryRegion,
    @Nullable String workPhone,
    @Nullable String fax,
    @Nullable List<RegistrantAnswer> customizedQuestions) {

  /**
   * Checks before any request that the registrant's name and email are given.
   *
   * @throws IllegalArgumentException if {@code firstName}, {@code lastName} or {@code email} is
   *     blank
   */
  public MeetingRegistrantCreateParams {
    Checks.notBlank(firstName, "firstName");
    Checks.notBlank(lastName, "lastName");
    Checks.notBlank(email, "email");
    customizedQuestions = MeetingLimits.copyOrNull(customizedQuestions);
  }

  /** A registration with the three required fields. */
  public static MeetingRegistrantCreateParams of(String firstName, String lastName, String email) {
    return builder().firstName(firstName).lastName(lastName).email(email).build();
  }

  /** A builder; first name, last name and email are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeetingRegistrantCreateParams}. */
  public static final class Builder {
    private Boolean sendEmail;
    private String firstName;
    private String lastName;
    private String email;
    private String jobTitle;
    private String companyName;
    private String address1;
    private String address2;
    private String city;
    private String state;
    private Long zipCode;
    private String countryRegion;
    private String workPhone;
    private String fax;
    private final List<RegistrantAnswer> customizedQuestions = new ArrayList<>();

    private Builder() {}

    /** See {@link MeetingRegistrantCreateParams#sendEmail()}. */
    public Builder sendEmail(boolean sendEmail) {
      this.sendEmail = sendEmail;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#firstName()}. */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#lastName()}. */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#email()}. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#jobTitle()}. */
    public Builder jobTitle(String jobTitle) {
      this.jobTitle = jobTitle;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#companyName()}. */
    public Builder companyName(String companyName) {
      this.companyName = companyName;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#address1()}. */
    public Builder address1(String address1) {
      this.address1 = address1;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#address2()}. */
    public Builder address2(String address2) {
      this.address2 = address2;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#city()}. */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#state()}. */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#zipCode()}. */
    public Builder zipCode(long zipCode) {
      this.zipCode = zipCode;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#countryRegion()}. */
    public Builder countryRegion(String countryRegion) {
      this.countryRegion = countryRegion;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#workPhone()}. */
    public Builder workPhone(String workPhone) {
      this.workPhone = workPhone;
      return this;
    }

    /** See {@link MeetingRegistrantCreateParams#fax()}. */
    public Builder fax(String fax) {
      this.fax = fax;
      return this;
    }

    /** Answers to one customized question, non-null. */
    public Builder answer(RegistrantAnswer answer) {
      customizedQuestions.add(Objects.requireNonNull(answer, "answer"));
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if a required field is blank
     */
    public MeetingRegistrantCreateParams build() {
      return new MeetingRegistrantCreateParams(
          sendEmail,
          firstName,
          lastName,
          email,
          jobTitle,
          companyName,
          address1,
          address2,
          city,
          state,
          zipCode,
          countryRegion,
          workPhone,
          fax,
          customizedQuestions);
    }
  }
}
