package io.github.webex4j.teammemberships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact requests of the team memberships resource. */
class TeamMembershipsWireTest {
  private static final String MEMBERSHIP =
      "{\"id\":\"tm1\",\"teamId\":\"t1\",\"personId\":\"p1\",\"isModerator\":true}";

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
  void everyVerbHitsTeamMemberships() {
    stub.json(200, "{\"items\":[" + MEMBERSHIP + "]}")
        .json(200, MEMBERSHIP)
        .json(200, MEMBERSHIP)
        .json(200, MEMBERSHIP)
        .empty(204);

    webex.teamMemberships().list(TeamMembershipListParams.ofTeam("t1", 5));
    webex.teamMemberships().create(TeamMembershipCreateParams.byEmail("t1", "a@x.com"));
    webex.teamMemberships().get("tm1");
    webex.teamMemberships().update("tm1", TeamMembershipUpdateParams.moderator(false));
    webex.teamMemberships().delete("tm1");

    var requests = stub.requests();
    assertThat(requests.get(0).uri()).isEqualTo("/v1/team/memberships?teamId=t1&max=5");
    assertThat(requests.get(1).method()).isEqualTo("POST");
    assertThat(requests.get(1).bodyText())
        .isEqualTo("{\"teamId\":\"t1\",\"personEmail\":\"a@x.com\"}");
    assertThat(requests.get(2).uri()).isEqualTo("/v1/team/memberships/tm1");
    assertThat(requests.get(3).method()).isEqualTo("PUT");
    assertThat(requests.get(3).bodyText()).isEqualTo("{\"isModerator\":false}");
    assertThat(requests.get(4).method()).isEqualTo("DELETE");
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(() -> TeamMembershipListParams.ofTeam(" ")).hasMessageContaining("teamId");
    assertThatThrownBy(() -> TeamMembershipListParams.ofTeam("t", 0))
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> TeamMembershipCreateParams.byPersonId("t", " "))
        .hasMessageContaining("personId");
    assertThatThrownBy(() -> new TeamMembershipUpdateParams(null))
        .hasMessageContaining("isModerator");
    assertThatThrownBy(() -> webex.teamMemberships().get("")).hasMessageContaining("membershipId");
    assertThat(stub.requests()).isEmpty();
  }
}
