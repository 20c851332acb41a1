/**
 * Webhooks and their verification: {@link io.github.webex4j.webhooks.Webhooks}, {@link
 * io.github.webex4j.webhooks.WebhookVerifier}.
 */
@NullMarked
package io.github.webex4j.webhooks;

import org.jspecify.annotations.NullMarked;
