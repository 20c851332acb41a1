/**
 * Webhooks and their verification: {@link io.github.webex4j.webhooks.Webhooks}, {@link
 * io.github.webex4j.webhooks.WebhookVerifier}.
 */
package io.github.webex4j.webhooks;
