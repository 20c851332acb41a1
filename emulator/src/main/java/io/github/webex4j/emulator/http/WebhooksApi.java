package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.render.WebhookRenderer;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Webhook;
import io.github.webex4j.emulator.store.World;
import io.github.webex4j.emulator.webhook.WebhookFilter;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code /webhooks}: CRUD of the caller's webhooks (delivery lives in the webhook package). */
public final class WebhooksApi implements ApiFamily {
  private static final Set<String> RESOURCES =
      Set.of(
          "all",
          "attachmentActions",
          "dataSources",
          "memberships",
          "messages",
          "rooms",
          "meetings",
          "recordings",
          "convergedRecordings",
          "meetingParticipants",
          "meetingTranscripts",
          "telephony_calls",
          "telephony_conference",
          "telephony_mwi",
          "uc_counters",
          "serviceApp",
          "adminBatchJobs");
  private static final Set<String> EVENTS =
      Set.of(
          "all",
          "created",
          "updated",
          "deleted",
          "started",
          "ended",
          "joined",
          "left",
          "migrated",
          "authorized",
          "deauthorized",
          "statusChanged");

  /** [?] Filter keys per resource from the webhooks guide excerpt; other resources accept any. */
  private static final Map<String, Set<String>> FILTER_KEYS =
      Map.of(
          "messages",
          Set.of("roomId", "roomType", "personId", "personEmail", "mentionedPeople", "hasFiles"),
          "memberships",
          Set.of("roomId", "personId", "personEmail", "isModerator"),
          "rooms",
          Set.of("type", "isLocked"),
          "attachmentActions",
          Set.of("messageId", "personId", "roomId"));

  private static final Set<String> ORG_ONLY_KEYS =
      Set.of("hostEmail", "hostUserId", "ownerEmail", "ownerId");

  private final World world;
  private final Settings settings;

  /** Creates the family over {@code world}. */
  public WebhooksApi(World world, Settings settings) {
    this.world = world;
    this.settings = settings;
  }

  @Override
  public void register(Router router) {
    router
        .get("/webhooks", this::list)
        .post("/webhooks", this::create)
        .get("/webhooks/{webhookId}", this::get)
        .put("/webhooks/{webhookId}", this::update)
        .delete("/webhooks/{webhookId}", this::delete);
  }

  private ApiResponse list(ApiRequest request) {
    Person caller = request.caller();
    String ownedBy = request.query("ownedBy");
    if (ownedBy != null && !ownedBy.equals("org") && !ownedBy.equals("creator")) {
      throw ApiException.badRequest("Invalid value for parameter 'ownedBy': " + ownedBy);
    }
    List<Webhook> result = world.webhooks.listedBy(caller, "org".equals(ownedBy));
    // [?] The cap for webhooks is not documented; 100 is both default and cap.
    return Paging.respond(request, result, w -> w.id, WebhookRenderer::render, 100, 100);
  }

  private ApiResponse create(ApiRequest request) {
    Person caller = request.caller();
    JsonBody body = request.json();
    String name = body.requiredString("name");
    String targetUrl = checkTarget(body.requiredString("targetUrl"));
    String resource = body.requiredString("resource");
    String event = body.requiredString("event");
    String filter = body.optString("filter");
    String secret = body.optString("secret");
    String ownedBy = world.webhooks.ownership(caller, body.optString("ownedBy"));
    if (!RESOURCES.contains(resource)) {
      throw ApiException.badRequest("Invalid value for 'resource': " + resource);
    }
    if (!EVENTS.contains(event)) {
      throw ApiException.badRequest("Invalid value for 'event': " + event);
    }
    checkFilter(resource, filter, ownedBy, caller);
    Webhook webhook =
        world.webhooks.create(
            caller,
            name,
            targetUrl,
            resource,
            event,
            blankToNull(filter),
            blankToNull(secret),
            ownedBy);
    return ApiResponse.ok(WebhookRenderer.render(webhook));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private void checkFilter(String resource, String filter, String ownedBy, Person caller) {
    java.util.Map<String, String> pairs;
    try {
      pairs = WebhookFilter.parse(filter);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Invalid value for 'filter': expected key=value pairs.");
    }
    Set<String> allowed = FILTER_KEYS.get(resource);
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      String key = pair.getKey();
      if (ORG_ONLY_KEYS.contains(key) && !"org".equals(ownedBy)) {
        throw ApiException.badRequest("A filter on '" + key + "' requires ownedBy=org.");
      }
      if (allowed != null && !allowed.contains(key)) {
        throw ApiException.badRequest("invalid filter key: " + key);
      }
      if (key.equals("roomId")) {
        world.webhooks.checkFilterRoom(caller, pair.getValue());
      }
    }
  }

  /** Only http(s) URLs on loopback unless the emulator allows others. */
  private String checkTarget(String targetUrl) {
    URI uri;
    try {
      uri = new URI(targetUrl);
    } catch (URISyntaxException e) {
      throw ApiException.badRequest("Invalid value for 'targetUrl': not a URL.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
      throw ApiException.badRequest("Invalid value for 'targetUrl': expected an http(s) URL.");
    }
    if (!settings.allowNonLoopbackWebhooks() && !isLoopback(uri.getHost())) {
      throw ApiException.badRequest(
          "Invalid value for 'targetUrl': the emulator delivers webhooks to loopback addresses"
              + " only (localhost, 127.0.0.0/8, [::1]).");
    }
    return targetUrl;
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false; // no DNS lookups: only literal addresses and localhost
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private Webhook owned(ApiRequest request) {
    return world.webhooks.owned(request.caller(), request.pathParam("webhookId"));
  }

  private ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(WebhookRenderer.render(owned(request)));
  }

  private ApiResponse update(ApiRequest request) {
    Webhook webhook = owned(request);
    JsonBody body = request.json();
    String name = body.requiredString("name");
    String targetUrl = checkTarget(body.requiredString("targetUrl"));
    String secret = body.optString("secret");
    String status = body.optString("status");
    String ownedBy = body.optString("ownedBy");
    if (status != null && !status.equals("active")) {
      throw ApiException.badRequest(
          "Invalid value for 'status': only 'active' (to re-enable a webhook) may be set.");
    }
    world.webhooks.update(
        webhook,
        name,
        targetUrl,
        secret != null,
        blankToNull(secret),
        ownedBy == null ? null : world.webhooks.ownership(request.caller(), ownedBy),
        status != null);
    return ApiResponse.ok(WebhookRenderer.render(webhook));
  }

  private ApiResponse delete(ApiRequest request) {
    world.webhooks.delete(owned(request));
    return ApiResponse.noContent();
  }
}
