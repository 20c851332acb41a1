package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.teams.Team;
import io.github.webex4j.teams.TeamListParams;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest {
  private StubServer stub;
  private StubServer other;
  private WebexClient webex;

  @BeforeEach
  void start() {
    stub = StubServer.start();
    other = StubServer.start();
    webex = TestClients.client(stub);
  }

  @AfterEach
  void stop() {
    stub.close();
    other.close();
  }

  private static String items(String... ids) {
    return "{\"items\":["
        + List.of(ids).stream()
            .map(id -> "{\"id\":\"" + id + "\",\"name\":\"n" + id + "\"}")
            .collect(Collectors.joining(","))
        + "]}";
  }

  private static String next(String url) {
    return "<" + url + ">; rel=\"next\"";
  }

  @Test
  void followsNextLinksVerbatimAcrossOriginsWithoutLeakingTheToken() {
    String page2 = stub.origin() + "/v1/teams?max=2&before&cursor=Y2l%2Bz%3D%3D&x=a,b";
    String page3 = other.origin() + "/v1/teams?max=2&cursor=three";
    String page4 = stub.origin() + "/v1/teams?max=2&cursor=four";
    stub.json(200, items("1", "2"), "Link", next(page2))
        .json(
            200,
            items("3", "4"),
            "Link",
            "<" + stub.origin() + "/v1/teams?first>; rel=\"first\", " + next(page3))
        .json(200, items("7"));
    other.json(200, items("5", "6"), "Link", next(page4));

    Page<Team> first = webex.teams().list(TeamListParams.builder().pageSize(2).build());
    List<String> ids = first.autoPager().stream().map(Team::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(stub.requests())
        .extracting(StubServer.Recorded::uri)
        .containsExactly(
            "/v1/teams?max=2",
            "/v1/teams?max=2&before&cursor=Y2l%2Bz%3D%3D&x=a,b",
            "/v1/teams?max=2&cursor=four");
    assertThat(stub.requests())
        .extracting(r -> r.header("Authorization"))
        .containsOnly("Bearer " + TestClients.TOKEN);
    assertThat(other.single().uri()).isEqualTo("/v1/teams?max=2&cursor=three");
    assertThat(other.single().header("Authorization")).isNull();
  }

  @Test
  void pageExposesCursorAndFetchesOnlyOnDemand() {
    String page2 = stub.origin() + "/v1/teams?cursor=2";
    stub.json(200, items("1", "2"), "Link", next(page2)).json(200, items("3"));

    Page<Team> first = webex.teams().list();

    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.nextCursor()).contains(page2);
    assertThat(first.autoPager().stream().limit(2).count()).isEqualTo(2);
    assertThat(stub.requests()).hasSize(1);

    Page<Team> second = first.nextPage();
    assertThat(second.items()).extracting(Team::id).containsExactly("3");
    assertThat(second.hasNextPage()).isFalse();
    assertThat(second.nextCursor()).isEmpty();
    assertThatThrownBy(second::nextPage).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void autoPagerRestartsFromTheFirstPageAndSkipsEmptyPages() {
    String page2 = stub.origin() + "/v1/teams?cursor=2";
    String page3 = stub.origin() + "/v1/teams?cursor=3";
    stub.json(200, items("1"), "Link", next(page2))
        .json(200, items(), "Link", next(page3))
        .json(200, items("3"))
        .json(200, items(), "Link", next(page3))
        .json(200, items("3"));
    AutoPager<Team> pager = webex.teams().list().autoPager();

    List<String> firstRun = pager.stream().map(Team::id).collect(Collectors.toList());
    List<String> secondRun = pager.stream().map(Team::id).collect(Collectors.toList());

    assertThat(firstRun).containsExactly("1", "3");
    assertThat(secondRun).containsExactly("1", "3");
    assertThat(stub.requests()).hasSize(5);
  }

  @Test
  void failureOnALaterPageSurfacesWhileIterating() {
    stub.json(200, items("1"), "Link", next(stub.origin() + "/v1/teams?cursor=2"))
        .json(404, "{\"message\":\"gone\"}");
    AutoPager<Team> pager = webex.teams().list().autoPager();
    var iterator = pager.iterator();

    assertThat(iterator.next().id()).isEqualTo("1");
    assertThatThrownBy(iterator::hasNext).isInstanceOf(NotFoundException.class);
  }

  @Test
  void relativeNextLinkIsResolvedAgainstTheCurrentPage() {
    stub.json(200, items("1"), "Link", next("/v1/teams?cursor=2")).json(200, items("2"));

    assertThat(webex.teams().list().autoPager().stream().map(Team::id)).containsExactly("1", "2");

    assertThat(stub.requests().get(1).uri()).isEqualTo("/v1/teams?cursor=2");
    assertThat(stub.requests().get(1).header("Authorization")).isNotNull();
  }

  @Test
  void nonHttpNextLinkIsADecodingError() {
    stub.json(200, items("1"), "Link", next("ftp://elsewhere/x"));

    Page<Team> first = webex.teams().list();

    assertThatThrownBy(first::nextPage)
        .isInstanceOf(WebexDecodingException.class)
        .hasMessageContaining("ftp://elsewhere/x");
  }
}
