package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Registration settings of a meeting (webinars and meetings that require registration); fields are
 * null when not given.
 *
 * @param autoAcceptRequest whether or not meeting registration requests are accepted automatically.
 * @param requireFirstName whether or not a registrant's first name is required for meeting
 *     registration.
 * @param requireLastName whether or not a registrant's last name is required for meeting
 *     registration.
 * @param requireEmail whether or not a registrant's email is required for meeting registration.
 * @param requireJobTitle whether or not a registrant's job title is shown or required for meeting
 *     registration.
 * @param requireCompanyName whether or not a registrant's company name is shown or required for
 *     meeting registration.
 * @param requireAddress1 whether or not a registrant's first address field is shown or required for
 *     meeting registration.
 * @param requireAddress2 whether or not a registrant's second address field is shown or required
 *     for meeting registration.
 * @param requireCity whether or not a registrant's city is shown or required for meeting
 *     registration.
 * @param requireState whether or not a registrant's state is shown or required for meeting
 *     registration.
 * @param requireZipCode whether or not a registrant's postal code is shown or required for meeting
 *     registration.
 * @param requireCountryRegion whether or not a registrant's country or region is shown or required
 *     for meeting registration.
 * @param requireWorkPhone whether or not a registrant's work phone number is shown or required for
 *     meeting registration.
 * @param requireFax whether or not a registrant's fax number is shown or required for meeting
 *     registration.
 * @param maxRegisterNum maximum number of meeting registrations.
 * @param enabledRegistrationId whether registrants get a registration id ([?] in the API examples,
 *     not in the schema)
 * @param customizedQuestions customized questions for meeting registration.
 * @param rules the approval rules for standard questions.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record MeetingRegistration(
    @Nullable Boolean autoAcceptRequest,
    @Nullable Boolean requireFirstName,
    @Nullable Boolean requireLastName,
    @Nullable Boolean requireEmail,
    @Nullable Boolean requireJobTitle,
    @Nullable Boolean requireCompanyName,
    @Nullable Boolean requireAddress1,
    @Nullable Boolean requireAddress2,
    @Nullable Boolean requireCity,
    @Nullable Boolean requireState,
    @Nullable Boolean requireZipCode,
    @Nullable Boolean requireCountryRegion,
    @Nullable Boolean requireWorkPhone,
    @Nullable Boolean requireFax,
    @Nullable Integer maxRegisterNum,
    @Nullable Boolean enabledRegistrationId,
    @Nullable List<RegistrationQuestion> customizedQuestions,
    List<RegistrationRule> rules,
    Map<String, @Nullable Object> extra) {

  /** Absent lists become empty lists. */
  public MeetingRegistration {
    extra = Extras.copyOf(extra);
    customizedQuestions =
        customizedQuestions == null ? List.of() : List.copyOf(customizedQuestions);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /**
   * The common form: first name, last name and email required, nothing else asked.
   *
   * @param autoAcceptRequest true to approve registrants automatically, false to review them
   */
  public static MeetingRegistration nameAndEmail(boolean autoAcceptRequest) {
    return new MeetingRegistration(
        autoAcceptRequest,
        true,
        true,
        true,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of());
  }
}
