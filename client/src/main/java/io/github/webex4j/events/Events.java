package io.github.webex4j.events;

import io.github.webex4j.Page;

/**
 * The {@code /events} resource (compliance activity log; needs {@code
 * spark-compliance:events_read}). Obtain it from {@code WebexClient.events()}. All methods perform
 * network I/O, are thread-safe, and throw {@link io.github.webex4j.WebexException} subclasses on
 * failure ({@link io.github.webex4j.ForbiddenException} for callers who are not compliance
 * officers, {@link io.github.webex4j.NotFoundException} for an unknown id).
 */
public interface Events {

  /** One page of events with server defaults. */
  Page<Event> list();

  /**
   * One page of events matching the filters.
   *
   * @param params non-null query
   */
  Page<Event> list(EventListParams params);

  /**
   * The event with this id ({@code GET /events/{eventId}}).
   *
   * @param eventId non-blank event id
   */
  Event get(String eventId);
}
