package io.github.webex4j.emulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.store.DomainEvent;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Webhook;
import io.github.webex4j.emulator.store.World;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookFilterTest {

  @Test
  void parsesPairs() {
    assertThat(WebhookFilter.parse("roomId=abc&personEmail=a%40b.com"))
        .containsEntry("roomId", "abc")
        .containsEntry("personEmail", "a@b.com");
    assertThat(WebhookFilter.parse(null)).isEmpty();
    assertThat(WebhookFilter.parse(" ")).isEmpty();
    assertThatThrownBy(() -> WebhookFilter.parse("roomId"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookFilter.parse("=x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookFilter.parse("a="))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void roomlessEventsReachOnlyTheirOwnerAndOrgAdminWebhooks() {
    World world =
        new World(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
            UUID::randomUUID,
            "admin-token",
            "admin@example.com");
    Person host = world.people.create("host@example.com", "Host", "person");
    Person other = world.people.create("other@example.com", "Other", "person");
    DomainEvent event =
        new DomainEvent(
            "meetings",
            "created",
            world.admin().id,
            null,
            host.id,
            Json.object(),
            Json.object(),
            Map.of("hostUserId", List.of(host.id)),
            Instant.EPOCH);
    assertThat(WebhookFilter.matches(world, hook(world, host, "creator"), event)).isTrue();
    assertThat(WebhookFilter.matches(world, hook(world, other, "creator"), event)).isFalse();
    // The actor (an admin acting for the host) is not the owner: no personal delivery.
    assertThat(WebhookFilter.matches(world, hook(world, world.admin(), "creator"), event))
        .isFalse();
    assertThat(WebhookFilter.matches(world, hook(world, world.admin(), "org"), event)).isTrue();
    // An org webhook of someone who is neither admin nor compliance officer sees nothing extra.
    assertThat(WebhookFilter.matches(world, hook(world, other, "org"), event)).isFalse();
  }

  private static Webhook hook(World world, Person owner, String ownedBy) {
    Webhook webhook = world.webhooks.create(owner, "all", "all", null);
    webhook.ownedBy = ownedBy;
    return webhook;
  }

  @Test
  void signsWithHexHmacSha1() {
    // RFC 2202 test case 2.
    assertThat(
            WebhookDispatcher.sign(
                "Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
  }
}
