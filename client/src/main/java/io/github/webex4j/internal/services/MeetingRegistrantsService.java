package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.meetings.MeetingRegistrant;
import io.github.webex4j.meetings.MeetingRegistrantCreateParams;
import io.github.webex4j.meetings.MeetingRegistrantListParams;
import io.github.webex4j.meetings.MeetingRegistrants;
import io.github.webex4j.meetings.RegistrantAnswer;
import io.github.webex4j.meetings.RegistrantStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link MeetingRegistrants} over the transport. */
public final class MeetingRegistrantsService implements MeetingRegistrants {
  private static final String PATH = "meetings";
  private static final String REGISTRANTS = "registrants";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public MeetingRegistrantsService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public MeetingRegistrant register(String meetingId, MeetingRegistrantCreateParams params) {
    Objects.requireNonNull(params, "params");
    Created created = transport.post(Paths.of(PATH, meetingId, REGISTRANTS), params, Created.class);
    return created.toRegistrant();
  }

  @Override
  public Page<MeetingRegistrant> list(String meetingId, MeetingRegistrantListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("max", params.pageSize())
            .add("email", params.email())
            .add("registrationTimeFrom", params.registrationTimeFrom())
            .add("registrationTimeTo", params.registrationTimeTo())
            .add("current", params.current())
            .add("hostEmail", params.hostEmail());
    return transport.list(Paths.of(PATH, meetingId, REGISTRANTS), query, MeetingRegistrant.class);
  }

  @Override
  public MeetingRegistrant get(String meetingId, String registrantId) {
    return transport.get(
        Paths.of(PATH, meetingId, REGISTRANTS, registrantId), null, MeetingRegistrant.class);
  }

  @Override
  public void delete(String meetingId, String registrantId) {
    transport.delete(Paths.of(PATH, meetingId, REGISTRANTS, registrantId));
  }

  /** The create answer, which names the id {@code id} instead of {@code registrantId}. */
  private record Created(
      String id,
      String registrantId,
      RegistrantStatus status,
      String firstName,
      String lastName,
      String email,
      String jobTitle,
      String companyName,
      String address1,
      String address2,
      String city,
      String state,
      String zipCode,
      String countryRegion,
      String workPhone,
      String fax,
      Instant registrationTime,
      List<RegistrantAnswer> customizedQuestions,
      String sourceId,
      String registrationId,
      Map<String, Object> extra) {

    MeetingRegistrant toRegistrant() {
      return new MeetingRegistrant(
          id != null ? id : registrantId,
          status,
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
          registrationTime,
          customizedQuestions,
          sourceId,
          registrationId,
          extra);
    }
  }
}
