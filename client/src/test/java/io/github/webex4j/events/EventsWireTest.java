package io.github.webex4j.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ForbiddenException;
import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact requests of the events resource. */
class EventsWireTest {
  private static final String EVENT =
      "{\"id\":\"e1\",\"resource\":\"call_records\",\"type\":\"ended\",\"actorId\":\"p1\","
          + "\"data\":{\"text\":\"hi\",\"n\":[1,2]}}";

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
  void listSendsFiltersWithWireValues() {
    stub.json(200, "{\"items\":[" + EVENT + "]}");

    Event event =
        webex
            .events()
            .list(
                EventListParams.builder()
                    .resource(EventResource.CONVERGED_RECORDINGS)
                    .serviceType("calling")
                    .type(EventType.CREATED)
                    .actorId("p1")
                    .from(Instant.parse("2026-01-01T00:00:00Z"))
                    .to(Instant.parse("2026-01-02T00:00:00Z"))
                    .pageSize(1000)
                    .build())
            .items()
            .get(0);

    assertThat(event.resource()).isEqualTo(EventResource.CALL_RECORDS);
    assertThat(event.type()).isEqualTo(EventType.ENDED);
    assertThat(event.data()).containsEntry("text", "hi");
    assertThat(stub.single().uri())
        .isEqualTo(
            "/v1/events?resource=convergedRecordings&type=created&actorId=p1"
                + "&from=2026-01-01T00%3A00%3A00Z&to=2026-01-02T00%3A00%3A00Z"
                + "&serviceType=calling&max=1000");
  }

  @Test
  void getAndForbidden() {
    stub.json(200, EVENT).json(403, "{\"message\":\"no\",\"trackingId\":\"T9\"}");

    assertThat(webex.events().get("e1").id()).isEqualTo("e1");
    assertThatThrownBy(() -> webex.events().list())
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.trackingId()).isEqualTo("T9"));
    assertThat(stub.requests().get(0).uri()).isEqualTo("/v1/events/e1");
    assertThat(stub.requests().get(1).uri()).isEqualTo("/v1/events");
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(() -> EventListParams.builder().pageSize(1001).build())
        .hasMessageContaining("pageSize");
    assertThatThrownBy(
            () -> EventListParams.builder().resource(EventResource.CONVERGED_RECORDINGS).build())
        .hasMessageContaining("serviceType");
    assertThatThrownBy(() -> EventListParams.builder().serviceType("calling").build())
        .hasMessageContaining("serviceType");
    assertThatThrownBy(
            () ->
                EventListParams.builder()
                    .from(Instant.parse("2026-02-01T00:00:00Z"))
                    .to(Instant.parse("2026-01-01T00:00:00Z"))
                    .build())
        .hasMessageContaining("from");
    assertThatThrownBy(() -> webex.events().get("")).hasMessageContaining("eventId");
    assertThat(stub.requests()).isEmpty();
  }
}
