package io.github.webex4j.webhooks;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A webhook. Components may be null when Webex omits them.
 *
 * @param id opaque webhook id
 * @param name name
 * @param targetUrl URL Webex POSTs events to
 * @param resource watched resource
 * @param event watched event
 * @param filter filter such as {@code roomId=...}, null if none
 * @param secret the signing secret, null if none
 * @param status active or inactive
 * @param created creation time
 * @param ownedBy {@code creator} or {@code org}
 * @param orgId organization id ([?] sent by the live API, not in the OpenAPI schema)
 * @param createdBy creator's person id ([?] as above)
 * @param appId application id ([?] as above)
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Webhook(
    @Nullable String id,
    @Nullable String name,
    @Nullable String targetUrl,
    @Nullable WebhookResource resource,
    @Nullable WebhookEvent event,
    @Nullable String filter,
    @Nullable String secret,
    @Nullable WebhookStatus status,
    @Nullable Instant created,
    @Nullable String ownedBy,
    @Nullable String orgId,
    @Nullable String createdBy,
    @Nullable String appId,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public Webhook {
    extra = Extras.copyOf(extra);
  }

  /** Hides the secret. */
  @Override
  public String toString() {
    return "Webhook[id="
        + id
        + ", name="
        + name
        + ", targetUrl="
        + targetUrl
        + ", resource="
        + resource
        + ", event="
        + event
        + ", filter="
        + filter
        + ", secret="
        + (secret == null ? "null" : "***")
        + ", status="
        + status
        + ", created="
        + created
        + ", ownedBy="
        + ownedBy
        + "]";
  }
}
