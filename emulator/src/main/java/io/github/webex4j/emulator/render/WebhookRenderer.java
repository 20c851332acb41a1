package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Webhook;

/** Webhooks as the API shows them (the secret never). */
public final class WebhookRenderer {
  private WebhookRenderer() {}

  /** The webhook's JSON. */
  public static ObjectNode render(Webhook webhook) {
    ObjectNode node = Json.object();
    node.put("id", webhook.id);
    node.put("name", webhook.name);
    node.put("targetUrl", webhook.targetUrl);
    node.put("resource", webhook.resource);
    node.put("event", webhook.event);
    Json.put(node, "filter", webhook.filter);
    Json.put(node, "secret", webhook.secret);
    node.put("status", webhook.status);
    Json.put(node, "created", webhook.created);
    node.put("ownedBy", webhook.ownedBy);
    node.put("orgId", webhook.orgId);
    node.put("createdBy", webhook.createdBy);
    node.put("appId", webhook.appId);
    return node;
  }
}
