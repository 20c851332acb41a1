package io.github.webex4j.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganizationStoreTest {
  private final World world =
      new World(
          Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC),
          UUID::randomUUID,
          "token",
          "admin@example.com");

  @Test
  void anEmptyOrgCanBeDeleted() {
    OrganizationStore.Organization org = world.locked(() -> world.organizations.create("Customer"));
    assertThat(world.organizations.all()).hasSize(2);
    world.locked(
        () -> {
          world.organizations.delete(org);
          return null;
        });
    assertThat(world.organizations.find(org.id)).isEmpty();
  }

  @Test
  void theHomeOrgKeepsItsLicensesAndRefuses() {
    OrganizationStore.Organization home = world.organizations.require(world.orgId());
    assertThatThrownBy(() -> world.organizations.delete(home))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("licenses")
        .hasMessageNotContaining("more than one user")
        .extracting(e -> ((RuleViolation) e).kind())
        .isEqualTo(RuleViolation.Kind.CONFLICT);
    assertThatThrownBy(() -> world.organizations.require("nope"))
        .extracting(e -> ((RuleViolation) e).kind())
        .isEqualTo(RuleViolation.Kind.NOT_FOUND);
  }

  @Test
  void resetReseedsTheHomeOrgWithANewId() {
    String before = world.orgId();
    world.reset();
    assertThat(world.orgId()).isNotEqualTo(before);
    assertThat(world.organizations.all())
        .singleElement()
        .satisfies(org -> assertThat(org.id).isEqualTo(world.orgId()));
    assertThat(world.licenses.forOrg(world.orgId())).hasSize(8);
  }
}
