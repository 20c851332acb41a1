package io.github.webex4j.webhooks;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /webhooks}.
 *
 * @param ownedBy {@code org} to list organization-wide webhooks, else null
 * @param pageSize items per page (sent as {@code max}), positive; null for the server default 100
 */
public record WebhookListParams(@Nullable String ownedBy, @Nullable Integer pageSize) {

  /**
   * Checks the query's {@code ownedBy} and page size before any request.
   *
   * @throws IllegalArgumentException naming the field if a value is invalid
   */
  public WebhookListParams {
    if (ownedBy != null && !ownedBy.equals("org")) {
      throw new IllegalArgumentException("ownedBy must be \"org\" or null");
    }
    Checks.positive(pageSize, "pageSize");
  }

  /** The caller's webhooks, server page size. */
  public static WebhookListParams none() {
    return new WebhookListParams(null, null);
  }

  /** The caller's webhooks, {@code pageSize} per page. */
  public static WebhookListParams pageSize(int pageSize) {
    return new WebhookListParams(null, pageSize);
  }

  /** The organization's webhooks. */
  public static WebhookListParams ownedByOrg() {
    return new WebhookListParams("org", null);
  }
}
