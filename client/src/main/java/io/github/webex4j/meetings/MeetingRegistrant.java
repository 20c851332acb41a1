package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Someone registered for a meeting or webinar. Webex names the id {@code id} in the answer to a
 * registration and {@code registrantId} in get and list; both land in {@link #registrantId()}.
 *
 * @param registrantId the registrant's id
 * @param status approval status; {@link RegistrantStatus#UNKNOWN} for unknown values
 * @param firstName first name
 * @param lastName last name
 * @param email email address
 * @param jobTitle job title, null if absent
 * @param companyName company, null if absent
 * @param address1 first address line, null if absent
 * @param address2 second address line, null if absent
 * @param city city, null if absent
 * @param state state, null if absent
 * @param zipCode postal code as text (a number in the API schema), null if absent
 * @param countryRegion country or region, null if absent
 * @param workPhone work phone, null if absent
 * @param fax fax, null if absent
 * @param registrationTime when the person registered, null if absent
 * @param customizedQuestions answers to the form's customized questions
 * @param sourceId registration source id, null if absent
 * @param registrationId registration id shown to the registrant, null if absent
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record MeetingRegistrant(
    @Nullable String registrantId,
    @Nullable RegistrantStatus status,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String email,
    @Nullable String jobTitle,
    @Nullable String companyName,
    @Nullable String address1,
    @Nullable String address2,
    @Nullable String city,
    @Nullable String state,
    @Nullable String zipCode,
    @Nullable String countryRegion,
    @Nullable String workPhone,
    @Nullable String fax,
    @Nullable Instant registrationTime,
    @Nullable List<RegistrantAnswer> customizedQuestions,
    @Nullable String sourceId,
    @Nullable String registrationId,
    Map<String, @Nullable Object> extra) {

  /** Absent {@code customizedQuestions} becomes an empty list. */
  public MeetingRegistrant {
    extra = Extras.copyOf(extra);
    customizedQuestions =
        customizedQuestions == null ? List.of() : List.copyOf(customizedQuestions);
  }
}
