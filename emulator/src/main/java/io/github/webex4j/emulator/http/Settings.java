package io.github.webex4j.emulator.http;

import java.time.Duration;

/**
 * Server limits and policies fixed at start.
 *
 * @param maxRequestBytes the largest request body accepted (larger gives 413), except uploads
 * @param maxUploadBytes the largest file in a multipart {@code POST /v1/messages}; its body may be
 *     {@link #UPLOAD_OVERHEAD} larger (413 beyond)
 * @param threads the size of the bounded request thread pool
 * @param allowNonLoopbackWebhooks whether webhooks may target hosts other than loopback
 * @param webhookAttempts delivery attempts per event (first try included)
 * @param webhookRetryDelay the wait before the first retry (doubles per retry)
 * @param webhookDisableAfter consecutive failed deliveries after which a webhook turns inactive
 */
public record Settings(
    int maxRequestBytes,
    long maxUploadBytes,
    int threads,
    boolean allowNonLoopbackWebhooks,
    int webhookAttempts,
    Duration webhookRetryDelay,
    int webhookDisableAfter) {
  /** What a multipart body may add to its file: boundaries, part headers and text fields. */
  public static final long UPLOAD_OVERHEAD = 1024 * 1024;
}
