package io.github.webex4j.webhooks;

import io.github.webex4j.WireValue;

/** Whether Webex delivers a webhook. */
public enum WebhookStatus implements WireValue {
  /** Delivering. */
  ACTIVE("active"),
  /** Disabled by Webex after repeated delivery failures. */
  INACTIVE("inactive"),
  /** A value this client version does not know (never send it). */
  UNKNOWN("unknown");

  private final String wireValue;

  WebhookStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
