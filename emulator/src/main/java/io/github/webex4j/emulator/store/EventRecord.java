package io.github.webex4j.emulator.store;

/**
 * A recorded compliance event.
 *
 * @param id the event id
 * @param orgId the org it happened in
 * @param resource the {@code /events} resource name (which can differ from the webhook one)
 * @param event what happened
 */
public record EventRecord(String id, String orgId, String resource, DomainEvent event) {}
