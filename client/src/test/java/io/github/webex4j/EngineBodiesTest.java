package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.http.EngineResponse;
import io.github.webex4j.http.HttpEngine;
import io.github.webex4j.teams.Team;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the client reads what an engine hands it, whatever the engine. */
class EngineBodiesTest {
  private static final String TEAM = "{\"id\":\"t1\",\"name\":\"Alpha\"}";

  private static WebexClient clientAnswering(Map<String, List<String>> headers, String body) {
    HttpEngine engine =
        request ->
            new EngineResponse(
                200, headers, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    return WebexClient.builder()
        .baseUrl("http://127.0.0.1:9/v1")
        .accessToken(TestClients.TOKEN)
        .httpEngine(settings -> engine)
        .build();
  }

  @Test
  void aBodyOfItsStatedLengthIsDecoded() {
    Team team =
        clientAnswering(Map.of("Content-Length", List.of(String.valueOf(TEAM.length()))), TEAM)
            .teams()
            .get("t1");

    assertThat(team.name()).isEqualTo("Alpha");
  }

  @Test
  void aBodyLongerThanStatedIsReadWhole() {
    Team team = clientAnswering(Map.of("Content-Length", List.of("5")), TEAM).teams().get("t1");

    assertThat(team.name()).isEqualTo("Alpha");
  }

  @Test
  void aBodyWithoutOrWithABadLengthIsReadWhole() {
    assertThat(clientAnswering(Map.of(), TEAM).teams().get("t1").name()).isEqualTo("Alpha");
    assertThat(
            clientAnswering(Map.of("Content-Length", List.of("many")), TEAM)
                .teams()
                .get("t1")
                .name())
        .isEqualTo("Alpha");
  }

  @Test
  void headerNamesDifferingInCaseAreMergedInOrder() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Link", List.of("<a>; rel=\"next\""));
    headers.put(null, List.of("HTTP/1.1 200 OK"));
    headers.put("link", List.of("<b>; rel=\"prev\""));

    EngineResponse response = new EngineResponse(200, headers, InputStream.nullInputStream());

    assertThat(response.headers())
        .containsOnlyKeys("link")
        .containsEntry("link", List.of("<a>; rel=\"next\"", "<b>; rel=\"prev\""));
    assertThat(response.header("LINK")).contains("<a>; rel=\"next\"");
  }
}
