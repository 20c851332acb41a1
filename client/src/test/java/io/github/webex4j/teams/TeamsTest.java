package io.github.webex4j.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamsTest {
  private static final String TEAM_JSON =
      "{\"id\":\"Y2lzY29zcGFyazovL3VzL1RFQU0vMTM\",\"name\":\"Project Alpha\","
          + "\"description\":\"All things Alpha\",\"creatorId\":\"Y2lzY29zcGFyazovL3VzL1BFT1BMRS8x\","
          + "\"created\":\"2015-10-18T14:26:16.000Z\",\"unknownFutureField\":[1,2]}";

  /** The GET /teams example of webex-messaging.subset.openapi.json, verbatim. */
  private static final String OPENAPI_LIST_EXAMPLE =
      "{\"items\": [{\"id\": \"Y2lzY29zcGFyazovL3VzL1RFQU0vMTNlMThmNDAtNDJmYy0xMWU2LWE5ZDgtMjExYTBkYzc5NzY5\","
          + " \"name\": \"Build Squad\", \"description\": \"The A Team\","
          + " \"created\": \"2015-10-18T14:26:16.000Z\"}]}";

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
  void createPostsJsonBodyAndDecodesTeam() {
    stub.json(200, TEAM_JSON);

    Team team =
        webex
            .teams()
            .create(TeamCreateParams.builder().name("Project Alpha").description("A & B").build());

    assertThat(team.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL1RFQU0vMTM");
    assertThat(team.name()).isEqualTo("Project Alpha");
    assertThat(team.creatorId()).isEqualTo("Y2lzY29zcGFyazovL3VzL1BFT1BMRS8x");
    assertThat(team.created()).isEqualTo(Instant.parse("2015-10-18T14:26:16Z"));
    StubServer.Recorded request = stub.single();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo("/v1/teams");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertThat(request.bodyText())
        .isEqualTo("{\"name\":\"Project Alpha\",\"description\":\"A & B\"}");
  }

  @Test
  void createWithoutDescriptionOmitsTheField() {
    stub.json(200, TEAM_JSON);

    webex.teams().create(TeamCreateParams.of("Project Alpha"));

    assertThat(stub.single().bodyText()).isEqualTo("{\"name\":\"Project Alpha\"}");
  }

  @Test
  void getEncodesIdIntoPath() {
    stub.json(200, TEAM_JSON);

    webex.teams().get("a/b c");

    assertThat(stub.single().uri()).isEqualTo("/v1/teams/a%2Fb%20c");
  }

  @Test
  void listSendsPageSizeAsMax() {
    stub.json(200, "{\"items\":[" + TEAM_JSON + "," + TEAM_JSON + "]}");

    Page<Team> page = webex.teams().list(TeamListParams.builder().pageSize(2).build());

    assertThat(page.items()).hasSize(2);
    assertThat(page.hasNextPage()).isFalse();
    assertThat(stub.single().method()).isEqualTo("GET");
    assertThat(stub.single().uri()).isEqualTo("/v1/teams?max=2");
  }

  @Test
  void decodesTheOpenApiExample() {
    stub.json(200, OPENAPI_LIST_EXAMPLE);

    assertThat(webex.teams().list().items())
        .containsExactly(
            new Team(
                "Y2lzY29zcGFyazovL3VzL1RFQU0vMTNlMThmNDAtNDJmYy0xMWU2LWE5ZDgtMjExYTBkYzc5NzY5",
                "Build Squad",
                "The A Team",
                null,
                Instant.parse("2015-10-18T14:26:16.000Z"),
                Map.of()));
  }

  @Test
  void listWithoutParamsSendsNoQuery() {
    stub.json(200, "{\"items\":[]}");

    assertThat(webex.teams().list().items()).isEmpty();

    assertThat(stub.single().uri()).isEqualTo("/v1/teams");
  }

  @Test
  void updatePutsNameAndDescription() {
    stub.json(200, TEAM_JSON);

    webex.teams().update("t1", TeamUpdateParams.builder().name("Beta").description("d").build());

    StubServer.Recorded request = stub.single();
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.uri()).isEqualTo("/v1/teams/t1");
    assertThat(request.bodyText()).isEqualTo("{\"name\":\"Beta\",\"description\":\"d\"}");
  }

  @Test
  void deleteSendsDeleteAndAccepts204() {
    stub.empty(204);

    webex.teams().delete("t1");

    assertThat(stub.single().method()).isEqualTo("DELETE");
    assertThat(stub.single().uri()).isEqualTo("/v1/teams/t1");
  }

  @Test
  void unknownTeamIsNotFoundWithTrackingId() {
    stub.json(
        404,
        "{\"message\":\"The requested resource could not be found.\","
            + "\"errors\":[{\"description\":\"The requested resource could not be found.\"}],"
            + "\"trackingId\":\"ROUTER_1\"}");

    assertThatThrownBy(() -> webex.teams().get("nope"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.trackingId()).isEqualTo("ROUTER_1");
              assertThat(e.apiMessage()).isEqualTo("The requested resource could not be found.");
            });
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(() -> TeamCreateParams.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> TeamListParams.builder().pageSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> webex.teams().get(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(stub.requests()).isEmpty();
  }
}
