package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.webhooks.Webhook;
import io.github.webex4j.webhooks.WebhookCreateParams;
import io.github.webex4j.webhooks.WebhookListParams;
import io.github.webex4j.webhooks.WebhookUpdateParams;
import io.github.webex4j.webhooks.Webhooks;
import java.util.Objects;

/** {@link Webhooks} over the transport. */
public final class WebhooksService implements Webhooks {
  private static final String PATH = "webhooks";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public WebhooksService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Page<Webhook> list() {
    return list(WebhookListParams.none());
  }

  @Override
  public Page<Webhook> list(WebhookListParams params) {
    Objects.requireNonNull(params, "params");
    Query query = Query.create().add("ownedBy", params.ownedBy()).add("max", params.pageSize());
    return transport.list(PATH, query, Webhook.class);
  }

  @Override
  public Webhook get(String webhookId) {
    return transport.get(path(webhookId), null, Webhook.class);
  }

  @Override
  public Webhook create(WebhookCreateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.post(PATH, params, Webhook.class);
  }

  @Override
  public Webhook update(String webhookId, WebhookUpdateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.put(path(webhookId), params, Webhook.class);
  }

  @Override
  public void delete(String webhookId) {
    transport.delete(path(webhookId));
  }

  private static String path(String webhookId) {
    return Paths.of(PATH, Paths.nonBlank(webhookId, "webhookId"));
  }
}
