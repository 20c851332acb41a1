package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something happened to a resource: what webhooks deliver and {@code /events} lists.
 *
 * @param resource webhook resource name, e.g. {@code messages}
 * @param type {@code created}, {@code updated} or {@code deleted}
 * @param actorId who did it
 * @param roomId the room it happened in, or null; webhook owners must be able to see it
 * @param ownerId for an event without a room: the one person (e.g. a meeting's host) whose own
 *     webhooks may see it; null means only org webhooks see it. Ignored when {@code roomId} is set
 * @param webhookData the ids-only {@code data} object a webhook delivers
 * @param fullData the full representation {@code /events} returns as {@code data}
 * @param attributes filter attributes (key to values) webhook filters match against
 * @param created when it happened
 */
public record DomainEvent(
    String resource,
    String type,
    String actorId,
    String roomId,
    String ownerId,
    ObjectNode webhookData,
    ObjectNode fullData,
    Map<String, List<String>> attributes,
    Instant created) {}
