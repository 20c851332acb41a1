package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to join a meeting by phone.
 *
 * @param accessCode code for authenticating a user to join teleconference.
 * @param callInNumbers array of call-in numbers for joining a teleconference from a phone.
 * @param links HATEOAS information of global call-in numbers for joining a teleconference from a
 *     phone.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record MeetingTelephony(
    @Nullable String accessCode,
    List<CallInNumber> callInNumbers,
    List<MeetingLink> links,
    Map<String, @Nullable Object> extra) {

  /** Absent lists become empty lists. */
  public MeetingTelephony {
    extra = Extras.copyOf(extra);
    callInNumbers = callInNumbers == null ? List.of() : List.copyOf(callInNumbers);
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public MeetingTelephony(
      @Nullable String accessCode, List<CallInNumber> callInNumbers, List<MeetingLink> links) {
    this(accessCode, callInNumbers, links, Map.of());
  }
}
