package io.github.webex4j.emulator.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Webhooks, owned by the person who created them. */
public final class WebhookStore implements Store {
  private final World world;
  private final Map<String, Webhook> byId = new LinkedHashMap<>();

  WebhookStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
  }

  /** Registers a webhook owned by {@code owner}. */
  public Webhook create(Person owner, String resource, String event, String filter) {
    Webhook webhook =
        new Webhook(
            world.ids().next("WEBHOOK"),
            owner.id,
            world.orgId(),
            world.appId(),
            world.timestamps().next(),
            resource,
            event,
            filter);
    byId.put(webhook.id, webhook);
    return webhook;
  }

  /** The webhook with {@code id}, if any. */
  public Optional<Webhook> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** Every webhook, oldest first. */
  public List<Webhook> all() {
    return new ArrayList<>(byId.values());
  }

  /** Deletes a webhook. */
  public void delete(Webhook webhook) {
    byId.remove(webhook.id);
  }
}
