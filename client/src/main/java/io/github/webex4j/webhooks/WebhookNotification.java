package io.github.webex4j.webhooks;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One webhook delivery (the JSON body Webex POSTs to the target URL): the webhook's fields plus the
 * actor and the event data. Obtain it from {@link WebhookVerifier#verifyAndParse}. Components may
 * be null when absent.
 *
 * @param id the webhook id
 * @param name the webhook name
 * @param targetUrl the webhook target URL
 * @param resource the resource the event is about
 * @param event what happened
 * @param filter the webhook filter, null if none
 * @param orgId the organization
 * @param createdBy who created the webhook
 * @param appId the application that created the webhook
 * @param ownedBy {@code creator} or {@code org}
 * @param status the webhook status
 * @param created when the webhook was created
 * @param actorId who caused the event
 * @param data ids and metadata of the affected object (never message text or card inputs: fetch
 *     them by {@code data.get("id")}); empty if absent
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record WebhookNotification(
    @Nullable String id,
    @Nullable String name,
    @Nullable String targetUrl,
    @Nullable WebhookResource resource,
    @Nullable WebhookEvent event,
    @Nullable String filter,
    @Nullable String orgId,
    @Nullable String createdBy,
    @Nullable String appId,
    @Nullable String ownedBy,
    @Nullable WebhookStatus status,
    @Nullable Instant created,
    @Nullable String actorId,
    Map<String, @Nullable Object> data,
    Map<String, @Nullable Object> extra) {

  /** Replaces absent data with an empty map. */
  public WebhookNotification {
    extra = Extras.copyOf(extra);
    data = data == null ? Map.of() : data;
  }

  /** {@code data.id}: the id of the affected message, membership, room..., or null. */
  public @Nullable String dataId() {
    Object value = data.get("id");
    return value instanceof String ? (String) value : null;
  }
}
