package io.github.webex4j.emulator.store;

import java.time.Instant;

/** A registered webhook. Mutable; guarded by the {@link World} lock. */
public final class Webhook {
  public final String id;
  public final String createdBy;
  public final String orgId;
  public final String appId;
  public final Instant created;
  public final String resource;
  public final String event;
  public final String filter;
  public String name;
  public String targetUrl;
  public String secret;
  public String ownedBy;
  public String status = "active";
  public int consecutiveFailures;

  Webhook(
      String id,
      String createdBy,
      String orgId,
      String appId,
      Instant created,
      String resource,
      String event,
      String filter) {
    this.id = id;
    this.createdBy = createdBy;
    this.orgId = orgId;
    this.appId = appId;
    this.created = created;
    this.resource = resource;
    this.event = event;
    this.filter = filter;
  }
}
