package io.github.webex4j.emulator;

import java.time.Instant;

/**
 * One attempt to deliver a webhook event.
 *
 * @param webhookId the webhook
 * @param targetUrl where it was posted
 * @param resource the event resource, e.g. {@code messages}
 * @param event the event type, e.g. {@code created}
 * @param attempt 1 for the first try, then 2, 3, ...
 * @param status the receiver's HTTP status, or 0 when no answer arrived
 * @param delivered true for a 2xx answer
 * @param signature the {@code X-Spark-Signature} sent, or null without a secret
 * @param body the exact JSON body posted
 * @param time when the attempt finished (emulator clock)
 */
public record WebhookDelivery(
    String webhookId,
    String targetUrl,
    String resource,
    String event,
    int attempt,
    int status,
    boolean delivered,
    String signature,
    String body,
    Instant time) {}
