package io.github.webex4j.memberships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import io.github.webex4j.rooms.RoomType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact requests of the memberships resource. */
class MembershipsWireTest {
  private static final String MEMBERSHIP =
      "{\"id\":\"m1\",\"roomId\":\"r1\",\"roomType\":\"direct\",\"isMonitor\":false,\"newField\":1}";

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
  void createByEmailSendsRoomAndEmail() {
    stub.json(200, MEMBERSHIP);

    Membership m = webex.memberships().create(MembershipCreateParams.byEmail("r1", "a+b@x.com"));

    assertThat(m.roomType()).isEqualTo(RoomType.DIRECT);
    assertThat(stub.single().uri()).isEqualTo("/v1/memberships");
    assertThat(stub.single().bodyText())
        .isEqualTo("{\"roomId\":\"r1\",\"personEmail\":\"a+b@x.com\"}");
  }

  @Test
  void updateSendsOnlySetFlags() {
    stub.json(200, MEMBERSHIP).json(200, MEMBERSHIP);

    webex.memberships().update("m1", MembershipUpdateParams.roomHidden(true));
    webex.memberships().update("m1", MembershipUpdateParams.of(false, true));

    assertThat(stub.requests().get(0).method()).isEqualTo("PUT");
    assertThat(stub.requests().get(0).uri()).isEqualTo("/v1/memberships/m1");
    assertThat(stub.requests().get(0).bodyText()).isEqualTo("{\"isRoomHidden\":true}");
    assertThat(stub.requests().get(1).bodyText())
        .isEqualTo("{\"isModerator\":false,\"isRoomHidden\":true}");
  }

  @Test
  void listSendsFiltersAndEncodesEmail() {
    stub.json(200, "{\"items\":[]}");

    webex
        .memberships()
        .list(
            MembershipListParams.builder()
                .roomId("r1")
                .personEmail("a+b@x.com")
                .pageSize(3)
                .build());

    assertThat(stub.single().uri())
        .isEqualTo("/v1/memberships?roomId=r1&personEmail=a%2Bb%40x.com&max=3");
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(() -> MembershipCreateParams.byEmail(" ", "a@x.com"))
        .hasMessageContaining("roomId");
    assertThatThrownBy(
            () ->
                MembershipCreateParams.builder().roomId("r").personId("p").personEmail("e").build())
        .hasMessageContaining("personId");
    assertThatThrownBy(() -> MembershipCreateParams.builder().roomId("r").build())
        .hasMessageContaining("personEmail");
    assertThatThrownBy(() -> new MembershipUpdateParams(null, null))
        .hasMessageContaining("isModerator");
    assertThatThrownBy(() -> MembershipListParams.builder().personId("p").personEmail("e").build())
        .hasMessageContaining("personEmail");
    assertThatThrownBy(() -> webex.memberships().get("")).hasMessageContaining("membershipId");
    assertThat(stub.requests()).isEmpty();
  }
}
