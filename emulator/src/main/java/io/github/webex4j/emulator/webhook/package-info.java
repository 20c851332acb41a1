/**
 * Webhook matching and asynchronous, signed delivery with retries (implementation, not a stable
 * API).
 */
package io.github.webex4j.emulator.webhook;
