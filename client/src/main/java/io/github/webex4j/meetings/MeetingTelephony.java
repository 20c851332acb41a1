package io.github.webex4j.meetings;

import java.util.List;

/**
 * How to join a meeting by phone.
 *
 * @param accessCode code for authenticating a user to join teleconference.
 * @param callInNumbers array of call-in numbers for joining a teleconference from a phone.
 * @param links HATEOAS information of global call-in numbers for joining a teleconference from a
 *     phone.
 */
public record MeetingTelephony(
    String accessCode, List<CallInNumber> callInNumbers, List<MeetingLink> links) {

  /** Absent lists become empty lists. */
  public MeetingTelephony {
    callInNumbers = callInNumbers == null ? List.of() : List.copyOf(callInNumbers);
    links = links == null ? List.of() : List.copyOf(links);
  }
}
