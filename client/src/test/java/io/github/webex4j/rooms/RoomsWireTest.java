package io.github.webex4j.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact requests of the rooms resource. */
class RoomsWireTest {
  private static final String ROOM = "{\"id\":\"r1\",\"title\":\"Dev\",\"type\":\"group\"}";

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
  void createSendsOnlySetFieldsWithJsonNames() {
    stub.json(200, ROOM);

    webex
        .rooms()
        .create(
            RoomCreateParams.builder()
                .title("Dev")
                .teamId("t1")
                .isLocked(true)
                .isPublic(true)
                .description("d")
                .build());

    StubServer.Recorded request = stub.single();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo("/v1/rooms");
    assertThat(request.bodyText())
        .isEqualTo(
            "{\"title\":\"Dev\",\"teamId\":\"t1\",\"isLocked\":true,\"isPublic\":true,"
                + "\"description\":\"d\"}");
  }

  @Test
  void listSendsAllFiltersWithWireValues() {
    stub.json(200, "{\"items\":[" + ROOM + "]}");

    webex
        .rooms()
        .list(
            RoomListParams.builder()
                .teamId("t 1")
                .type(RoomType.GROUP)
                .sortBy(RoomSortBy.LAST_ACTIVITY)
                .pageSize(5)
                .build());

    assertThat(stub.single().uri())
        .isEqualTo("/v1/rooms?teamId=t%201&type=group&sortBy=lastactivity&max=5");
  }

  @Test
  void listOrgPublicSpacesSendsWindow() {
    stub.json(200, "{\"items\":[]}");

    webex
        .rooms()
        .list(
            RoomListParams.builder()
                .orgPublicSpaces(true)
                .from(Instant.parse("2026-01-01T00:00:00Z"))
                .to(Instant.parse("2026-02-01T00:00:00Z"))
                .build());

    assertThat(stub.single().uri())
        .isEqualTo(
            "/v1/rooms?orgPublicSpaces=true&from=2026-01-01T00%3A00%3A00Z"
                + "&to=2026-02-01T00%3A00%3A00Z");
  }

  @Test
  void updatePutsAndMeetingInfoGets() {
    stub.json(200, ROOM).json(200, "{}");

    webex.rooms().update("r/1", RoomUpdateParams.builder().title("T").isReadOnly(false).build());
    RoomMeetingInfo info = webex.rooms().meetingInfo("r1");

    assertThat(stub.requests().get(0).method()).isEqualTo("PUT");
    assertThat(stub.requests().get(0).uri()).isEqualTo("/v1/rooms/r%2F1");
    assertThat(stub.requests().get(0).bodyText())
        .isEqualTo("{\"title\":\"T\",\"isReadOnly\":false}");
    assertThat(stub.requests().get(1).uri()).isEqualTo("/v1/rooms/r1/meetingInfo");
    assertThat(info.meetingLink()).isNull();
  }

  @Test
  void unknownTypeDecodesAsUnknown() {
    stub.json(200, "{\"id\":\"r1\",\"type\":\"channel\",\"brandNew\":{\"x\":1}}");

    assertThat(webex.rooms().get("r1").type()).isEqualTo(RoomType.UNKNOWN);
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(() -> RoomCreateParams.of(" ")).hasMessageContaining("title");
    assertThatThrownBy(() -> RoomCreateParams.builder().title("x").isPublic(true).build())
        .hasMessageContaining("description");
    assertThatThrownBy(() -> RoomUpdateParams.of(null)).hasMessageContaining("title");
    assertThatThrownBy(() -> RoomListParams.builder().pageSize(1001).build())
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> RoomListParams.builder().orgPublicSpaces(true).teamId("t").build())
        .hasMessageContaining("orgPublicSpaces");
    assertThatThrownBy(() -> RoomListParams.builder().type(RoomType.UNKNOWN).build())
        .hasMessageContaining("type");
    assertThatThrownBy(() -> webex.rooms().get(" ")).hasMessageContaining("roomId");
    assertThatThrownBy(() -> webex.rooms().delete(null)).hasMessageContaining("roomId");
    assertThat(stub.requests()).isEmpty();
  }
}
