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

  /**
   * Registers a webhook created by {@code owner}, named {@code name}, posting to {@code targetUrl}.
   */
  public Webhook create(
      Person owner,
      String name,
      String targetUrl,
      String resource,
      String event,
      String filter,
      String secret,
      String ownedBy) {
    Webhook webhook = create(owner, resource, event, filter);
    webhook.name = name;
    webhook.targetUrl = targetUrl;
    webhook.secret = secret;
    webhook.ownedBy = ownedBy;
    return webhook;
  }

  /**
   * Changes a webhook: with {@code changeSecret} the secret becomes {@code secret} (null: none);
   * {@code ownedBy} is kept when null; {@code reactivate} makes a disabled webhook active again
   * with no failures counted.
   */
  public void update(
      Webhook webhook,
      String name,
      String targetUrl,
      boolean changeSecret,
      String secret,
      String ownedBy,
      boolean reactivate) {
    if (ownedBy != null) {
      webhook.ownedBy = ownedBy;
    }
    webhook.name = name;
    webhook.targetUrl = targetUrl;
    if (changeSecret) {
      webhook.secret = secret;
    }
    if (reactivate) {
      webhook.status = "active";
      webhook.consecutiveFailures = 0;
    }
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

  /**
   * The webhook with {@code id} as {@code caller} may read, change or delete it: their own, or an
   * org webhook for an admin or compliance officer.
   *
   * @throws RuleViolation 404 otherwise, as for any id the caller cannot see [?] (S5, 2019,
   *     answered 400 for deleting someone else's webhook)
   */
  public Webhook owned(Person caller, String id) {
    return find(id)
        .filter(
            w ->
                w.createdBy.equals(caller.id)
                    || ("org".equals(w.ownedBy) && (caller.isAdmin() || caller.complianceOfficer)))
        .orElseThrow(() -> RuleViolation.notFound("Could not find a webhook with this ID."));
  }

  /**
   * The webhooks {@code caller} lists, oldest first: the org's with {@code org}, else their own.
   *
   * @throws RuleViolation 403 for the org's unless the caller is an admin
   */
  public List<Webhook> listedBy(Person caller, boolean org) {
    if (org && !caller.isAdmin()) {
      throw RuleViolation.forbidden("This operation requires an administrator.");
    }
    return byId.values().stream()
        .filter(w -> org ? "org".equals(w.ownedBy) : w.createdBy.equals(caller.id))
        .toList();
  }

  /**
   * The {@code ownedBy} a webhook of {@code caller} gets for the requested {@code value}: {@code
   * creator} (also for null) or {@code org}.
   *
   * @throws RuleViolation 400 for another value; 403 for {@code org} unless the caller is an admin
   *     or compliance officer
   */
  public String ownership(Person caller, String value) {
    if (value == null || value.equals("creator")) {
      return "creator";
    }
    if (!value.equals("org")) {
      throw RuleViolation.badRequest("Invalid value for 'ownedBy': " + value);
    }
    if (!caller.isAdmin() && !caller.complianceOfficer) {
      throw RuleViolation.forbidden("Only admins and compliance officers may create org webhooks.");
    }
    return value;
  }

  /**
   * Checks the room a webhook's {@code roomId} filter names: one {@code caller} is a member of,
   * unless the caller is a compliance officer.
   *
   * @throws RuleViolation 400 otherwise
   */
  public void checkFilterRoom(Person caller, String roomId) {
    if (!world.memberships.isMember(roomId, caller.id) && !caller.complianceOfficer) {
      throw RuleViolation.badRequest("invalid value for filter: roomId");
    }
  }

  /** Every webhook, oldest first. */
  public List<Webhook> all() {
    return new ArrayList<>(byId.values());
  }

  /** Deletes a webhook. */
  public void delete(Webhook webhook) {
    byId.remove(webhook.id);
  }

  /** Puts a snapshot's webhook back. */
  void restore(Webhook webhook) {
    byId.put(webhook.id, webhook);
  }
}
