package io.github.webex4j.webhooks;

import io.github.webex4j.WireValue;

/** The event a webhook reacts to. */
public enum WebhookEvent implements WireValue {
  /** An object was created. */
  CREATED("created"),
  /** An object was updated. */
  UPDATED("updated"),
  /** An object was deleted. */
  DELETED("deleted"),
  /** A meeting started. */
  STARTED("started"),
  /** A meeting ended. */
  ENDED("ended"),
  /** A participant joined. */
  JOINED("joined"),
  /** A participant left. */
  LEFT("left"),
  /** A room moved to another geography (its id changed). */
  MIGRATED("migrated"),
  /** A service app was authorized. */
  AUTHORIZED("authorized"),
  /** A service app was deauthorized. */
  DEAUTHORIZED("deauthorized"),
  /** A status changed. */
  STATUS_CHANGED("statusChanged"),
  /** Firehose: every event ([?] accepted in practice, not in the OpenAPI enum). */
  ALL("all"),
  /** A value this client version does not know (never send it). */
  UNKNOWN("unknown");

  private final String wireValue;

  WebhookEvent(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
