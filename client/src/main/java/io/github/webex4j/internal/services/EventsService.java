package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.events.Event;
import io.github.webex4j.events.EventListParams;
import io.github.webex4j.events.Events;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.Transport;
import java.util.Objects;

/** {@link Events} over the transport. */
public final class EventsService implements Events {
  private static final String PATH = "events";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public EventsService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Page<Event> list() {
    return list(EventListParams.none());
  }

  @Override
  public Page<Event> list(EventListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("resource", params.resource())
            .add("type", params.type())
            .add("actorId", params.actorId())
            .add("from", params.from())
            .add("to", params.to())
            .add("serviceType", params.serviceType())
            .add("max", params.pageSize());
    return transport.list(PATH, query, Event.class);
  }

  @Override
  public Event get(String eventId) {
    return transport.get(Paths.of(PATH, Paths.nonBlank(eventId, "eventId")), null, Event.class);
  }
}
