package io.github.webex4j.webhooks;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /webhooks/{webhookId}}. Webex requires name and target URL on every update and
 * ignores other fields; null components are not sent.
 *
 * @param name required name
 * @param targetUrl required http(s) target URL
 * @param secret new signing secret
 * @param ownedBy {@code org} or {@code creator}
 * @param status only {@link WebhookStatus#ACTIVE}, to re-enable a webhook Webex disabled
 */
public record WebhookUpdateParams(
    String name,
    String targetUrl,
    @Nullable String secret,
    @Nullable String ownedBy,
    @Nullable WebhookStatus status) {

  /**
   * Checks before any request that the body has the name and target URL Webex requires, and sets
   * {@code status} only to active.
   *
   * @throws IllegalArgumentException naming the field if a value is missing or invalid
   */
  public WebhookUpdateParams {
    checkNameAndUrl(name, targetUrl);
    if (status != null && status != WebhookStatus.ACTIVE) {
      throw new IllegalArgumentException("status can only be set to ACTIVE");
    }
    if (ownedBy != null && !ownedBy.equals("org") && !ownedBy.equals("creator")) {
      throw new IllegalArgumentException("ownedBy must be \"org\" or \"creator\"");
    }
  }

  /** New name and target URL. */
  public static WebhookUpdateParams of(String name, String targetUrl) {
    return new WebhookUpdateParams(name, targetUrl, null, null, null);
  }

  /** Re-enables a webhook Webex disabled, keeping its name and target URL. */
  public static WebhookUpdateParams reactivate(Webhook webhook) {
    return new WebhookUpdateParams(
        webhook.name(), webhook.targetUrl(), null, null, WebhookStatus.ACTIVE);
  }

  /** This update with a new signing secret. */
  public WebhookUpdateParams withSecret(String newSecret) {
    return new WebhookUpdateParams(name, targetUrl, newSecret, ownedBy, status);
  }

  /** Hides the secret. */
  @Override
  public String toString() {
    return "WebhookUpdateParams[name="
        + name
        + ", targetUrl="
        + targetUrl
        + ", secret="
        + (secret == null ? "null" : "***")
        + ", ownedBy="
        + ownedBy
        + ", status="
        + status
        + "]";
  }

  static void checkNameAndUrl(String name, String targetUrl) {
    Checks.notBlank(name, "name");
    if (targetUrl == null
        || !(targetUrl.startsWith("https://") || targetUrl.startsWith("http://"))) {
      throw new IllegalArgumentException("targetUrl must be an http(s) URL");
    }
  }
}
