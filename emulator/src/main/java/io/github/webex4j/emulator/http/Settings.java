package io.github.webex4j.emulator.http;

import java.time.Duration;

/**
 * Server limits and policies fixed at start.
 *
 * @param maxRequestBytes the largest request body accepted (larger gives 413)
 * @param threads the size of the bounded request thread pool
 * @param allowNonLoopbackWebhooks whether webhooks may target hosts other than loopback
 * @param webhookAttempts delivery attempts per event (first try included)
 * @param webhookRetryDelay the wait before the first retry (doubles per retry)
 * @param webhookDisableAfter consecutive failed deliveries after which a webhook turns inactive
 */
public record Settings(
    int maxRequestBytes,
    int threads,
    boolean allowNonLoopbackWebhooks,
    int webhookAttempts,
    Duration webhookRetryDelay,
    int webhookDisableAfter) {}
