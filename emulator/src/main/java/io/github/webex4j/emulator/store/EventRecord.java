package io.github.webex4j.emulator.store;

/**
 * A recorded compliance event.
 *
 * @param id the event id
 * @param orgId the org it happened in
 * @param event what happened
 */
public record EventRecord(String id, String orgId, DomainEvent event) {}
