package io.github.webex4j.emulator.webhook;

import io.github.webex4j.emulator.store.DomainEvent;
import io.github.webex4j.emulator.store.Webhook;
import io.github.webex4j.emulator.store.World;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Webhook matching: resource and event (or the firehose value {@code all}), the owner's right to
 * see the event, and the {@code key=value&...} filter against the event's attributes. {@code
 * mentionedPeople=me} means the webhook owner.
 */
public final class WebhookFilter {
  private WebhookFilter() {}

  /**
   * Parses a filter into key/value pairs.
   *
   * @throws IllegalArgumentException when a pair has no {@code =} or an empty key
   */
  public static Map<String, String> parse(String filter) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (filter == null || filter.isBlank()) {
      return pairs;
    }
    for (String pair : filter.split("&")) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalArgumentException(pair);
      }
      pairs.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return pairs;
  }

  /** True when {@code event} should be delivered to {@code webhook}. Called under the lock. */
  public static boolean matches(World world, Webhook webhook, DomainEvent event) {
    if (!webhook.resource.equals("all") && !webhook.resource.equals(event.resource())) {
      return false;
    }
    if (!webhook.event.equals("all") && !webhook.event.equals(event.type())) {
      return false;
    }
    if (!WebhookDispatcher.canSee(world, webhook, event)) {
      return false;
    }
    for (Map.Entry<String, String> e : parse(webhook.filter).entrySet()) {
      String wanted =
          e.getKey().equals("mentionedPeople") && e.getValue().equals("me")
              ? webhook.createdBy
              : e.getValue();
      List<String> actual = event.attributes().getOrDefault(e.getKey(), List.of());
      if (actual.stream().noneMatch(wanted::equalsIgnoreCase)) {
        return false;
      }
    }
    return true;
  }
}
