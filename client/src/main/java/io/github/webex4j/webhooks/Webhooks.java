package io.github.webex4j.webhooks;

import io.github.webex4j.Page;

/**
 * The {@code /webhooks} resource. Obtain it from {@code WebexClient.webhooks()}. All methods
 * perform network I/O, are thread-safe, and throw {@link io.github.webex4j.WebexException}
 * subclasses on failure ({@link io.github.webex4j.NotFoundException} for an unknown id). Invalid
 * arguments fail with {@link IllegalArgumentException} before any request. To check deliveries, use
 * {@link WebhookVerifier}.
 */
public interface Webhooks {

  /** One page of the caller's webhooks. */
  Page<Webhook> list();

  /**
   * One page of webhooks.
   *
   * @param params non-null query
   */
  Page<Webhook> list(WebhookListParams params);

  /**
   * The webhook with this id.
   *
   * @param webhookId non-blank webhook id
   */
  Webhook get(String webhookId);

  /**
   * Registers a webhook (needs read scope on its resource).
   *
   * @param params non-null body
   */
  Webhook create(WebhookCreateParams params);

  /**
   * Replaces a webhook's name, target URL and secret, and may re-activate it ({@code PUT
   * /webhooks/{webhookId}}).
   *
   * @param webhookId non-blank webhook id
   * @param params non-null body
   */
  Webhook update(String webhookId, WebhookUpdateParams params);

  /**
   * Deletes a webhook; Webex stops delivering its events.
   *
   * @param webhookId non-blank webhook id
   */
  void delete(String webhookId);
}
