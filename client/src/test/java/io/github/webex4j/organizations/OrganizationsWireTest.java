package io.github.webex4j.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ConflictException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationsWireTest {
  private static final String ORG =
      "{\"id\":\"Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFi\",\"displayName\":\"Acme, Inc.\","
          + "\"created\":\"2015-10-18T14:26:16+00:00\"}";

  private StubServer stub;
  private WebexClient webex;

  @BeforeEach
  void start() {
    stub = StubServer.start();
    webex = TestClients.client(stub);
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void listIsOneUnpagedRequest() {
    stub.json(200, "{\"items\":[" + ORG + "]}");

    List<Organization> orgs = webex.organizations().list();

    assertThat(orgs).extracting(Organization::displayName).containsExactly("Acme, Inc.");
    assertThat(orgs.get(0).created()).isEqualTo(Instant.parse("2015-10-18T14:26:16Z"));
    assertThat(stub.single().method()).isEqualTo("GET");
    assertThat(stub.single().uri()).isEqualTo("/v1/organizations");
  }

  @Test
  void getEncodesId() {
    stub.json(200, ORG);

    Organization org = webex.organizations().get("o/1");

    assertThat(org.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFi");
    assertThat(stub.single().uri()).isEqualTo("/v1/organizations/o%2F1");
  }

  @Test
  void deleteSendsDelete() {
    stub.empty(204);

    webex.organizations().delete("o1");

    assertThat(stub.single().method()).isEqualTo("DELETE");
    assertThat(stub.single().uri()).isEqualTo("/v1/organizations/o1");
  }

  @Test
  void deleteRefusedIsConflict() {
    stub.json(
        409,
        "{\"message\":\"Organization has active subscriptions.\",\"errors\":[{\"description\":"
            + "\"Organization has active subscriptions.\"}],\"trackingId\":\"ROUTER_9\"}");

    assertThatThrownBy(() -> webex.organizations().delete("o1"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.trackingId()).isEqualTo("ROUTER_9"));
  }

  @Test
  void unknownIsNotFound() {
    stub.json(404, "{\"message\":\"not found\",\"trackingId\":\"ROUTER_2\"}");

    assertThatThrownBy(() -> webex.organizations().get("nope"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isEqualTo("ROUTER_2"));
  }

  @Test
  void blankIdFailsBeforeAnyRequest() {
    assertThatThrownBy(() -> webex.organizations().get(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> webex.organizations().delete(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stub.requests()).isEmpty();
  }
}
