package io.github.webex4j.emulator.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.WebhookDelivery;
import io.github.webex4j.emulator.http.JsonCodec;
import io.github.webex4j.emulator.http.Settings;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.store.DomainEvent;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Webhook;
import io.github.webex4j.emulator.store.World;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers events to matching webhooks asynchronously: a POST of the envelope to {@code targetUrl},
 * signed with HMAC-SHA1 ({@code X-Spark-Signature}) when the webhook has a secret, retried with
 * doubling delays; after {@link Settings#webhookDisableAfter()} consecutive failed deliveries the
 * webhook becomes {@code inactive}. Thread-safe.
 */
public final class WebhookDispatcher implements AutoCloseable {
  private static final int MAX_RECORDED = 10_000;
  private final World world;
  private final Settings settings;
  private final ScheduledThreadPoolExecutor executor;
  private final HttpClient http;
  private final List<WebhookDelivery> deliveries = new ArrayList<>();

  /** Creates a dispatcher and subscribes it to {@code world}'s events. */
  public WebhookDispatcher(World world, Settings settings) {
    this.world = world;
    this.settings = settings;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ScheduledThreadPoolExecutor(
            2,
            r -> {
              Thread t = new Thread(r, "webex-emulator-webhooks-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    world.addListener(this::onEvent);
  }

  /** Called under the world lock for every event: schedules deliveries to matching webhooks. */
  private void onEvent(DomainEvent event) {
    for (Webhook webhook : world.webhooks.all()) {
      if ("active".equals(webhook.status) && WebhookFilter.matches(world, webhook, event)) {
        byte[] body = JsonCodec.bytes(envelope(webhook, event));
        String signature = webhook.secret == null ? null : sign(webhook.secret, body);
        Attempt attempt =
            new Attempt(
                webhook.id, webhook.targetUrl, event.resource(), event.type(), body, signature);
        executor.execute(() -> deliver(attempt, 1));
      }
    }
  }

  private record Attempt(
      String webhookId,
      String targetUrl,
      String resource,
      String event,
      byte[] body,
      String signature) {}

  private ObjectNode envelope(Webhook webhook, DomainEvent event) {
    ObjectNode node = Json.object();
    node.put("id", webhook.id);
    node.put("name", webhook.name);
    node.put("targetUrl", webhook.targetUrl);
    node.put("resource", event.resource());
    node.put("event", event.type());
    Json.put(node, "filter", webhook.filter);
    node.put("orgId", webhook.orgId);
    node.put("createdBy", webhook.createdBy);
    node.put("appId", webhook.appId);
    node.put("ownedBy", webhook.ownedBy);
    node.put("status", webhook.status);
    Json.put(node, "created", webhook.created);
    node.put("actorId", event.actorId());
    node.set("data", event.webhookData().deepCopy());
    return node;
  }

  private void deliver(Attempt attempt, int number) {
    int status = 0;
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(attempt.targetUrl()))
              .timeout(Duration.ofSeconds(5))
              .header("Content-Type", "application/json")
              .header("User-Agent", "webex4j-emulator")
              .POST(HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
      if (attempt.signature() != null) {
        request.header("X-Spark-Signature", attempt.signature());
      }
      status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | IllegalArgumentException e) {
      status = 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    boolean delivered = status >= 200 && status < 300;
    boolean last = number >= settings.webhookAttempts();
    if (delivered || last) {
      // Update the webhook before recording, so a recorded final attempt implies its effect.
      updateWebhook(attempt.webhookId(), delivered);
    }
    record(attempt, number, status, delivered);
    if (!delivered && !last) {
      long delay = settings.webhookRetryDelay().toMillis() << Math.min(number - 1, 10);
      executor.schedule(() -> deliver(attempt, number + 1), delay, TimeUnit.MILLISECONDS);
    }
  }

  private void updateWebhook(String webhookId, boolean delivered) {
    world.locked(
        () -> {
          world
              .webhooks
              .find(webhookId)
              .ifPresent(
                  w -> {
                    w.consecutiveFailures = delivered ? 0 : w.consecutiveFailures + 1;
                    if (w.consecutiveFailures >= settings.webhookDisableAfter()) {
                      w.status = "inactive";
                    }
                  });
          return null;
        });
  }

  private void record(Attempt attempt, int number, int status, boolean delivered) {
    WebhookDelivery delivery =
        new WebhookDelivery(
            attempt.webhookId(),
            attempt.targetUrl(),
            attempt.resource(),
            attempt.event(),
            number,
            status,
            delivered,
            attempt.signature(),
            new String(attempt.body(), StandardCharsets.UTF_8),
            world.clock().instant());
    synchronized (deliveries) {
      if (deliveries.size() == MAX_RECORDED) {
        deliveries.remove(0);
      }
      deliveries.add(delivery);
      deliveries.notifyAll();
    }
  }

  /** Every delivery attempt so far, oldest first. */
  public List<WebhookDelivery> deliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  /**
   * Waits until at least {@code count} attempts are recorded or {@code timeout} passes, then
   * returns them all.
   */
  public List<WebhookDelivery> await(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (deliveries) {
      while (deliveries.size() < count) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          break;
        }
        deliveries.wait(left);
      }
      return List.copyOf(deliveries);
    }
  }

  /** Forgets recorded deliveries. */
  public void clear() {
    synchronized (deliveries) {
      deliveries.clear();
    }
  }

  /** The hex HMAC-SHA1 of {@code body} keyed with {@code secret}. */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  /**
   * Org webhooks of admins and compliance officers see everything; other webhooks see events of
   * rooms their owner is in (or caused), and events without a room only when their owner is the
   * event's {@link DomainEvent#ownerId()} (a meeting's host), so meetings never leak to others.
   */
  static boolean canSee(World world, Webhook webhook, DomainEvent event) {
    Person owner = world.people.find(webhook.createdBy).orElse(null);
    if (owner == null) {
      return false;
    }
    if ("org".equals(webhook.ownedBy) && (owner.isAdmin() || owner.complianceOfficer)) {
      return true;
    }
    if (event.roomId() == null) {
      return owner.id.equals(event.ownerId());
    }
    return world.memberships.isMember(event.roomId(), owner.id) || event.actorId().equals(owner.id);
  }
}
