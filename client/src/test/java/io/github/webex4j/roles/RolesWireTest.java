package io.github.webex4j.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ForbiddenException;
import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RolesWireTest {
  private static final String ROLE =
      "{\"id\":\"Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg\",\"name\":\"Full Administrator\"}";

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
  void listAndGet() {
    stub.json(200, "{\"items\":[" + ROLE + "," + ROLE + "]}").json(200, ROLE);

    assertThat(webex.roles().list()).hasSize(2);
    Role role = webex.roles().get("r1");

    assertThat(role.name()).isEqualTo("Full Administrator");
    assertThat(stub.requests())
        .extracting(StubServer.Recorded::toString)
        .containsExactly("GET /v1/roles", "GET /v1/roles/r1");
  }

  @Test
  void nonAdminIsForbidden() {
    stub.json(403, "{\"message\":\"Admin only\",\"trackingId\":\"ROUTER_3\"}");

    assertThatThrownBy(() -> webex.roles().list())
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.trackingId()).isEqualTo("ROUTER_3"));
  }
}
