package io.github.webex4j.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /group/recordings} and the recordings' {@code timezone} and {@code siteUrl} headers. */
class GroupRecordingsAndHeadersWireTest {
  private static final String RECORDING =
      "{\"id\":\"4f914b1dfe3c4d11a61730f18c0f5387\",\"meetingId\":\"f91b_I_1\","
          + "\"topic\":\"Example Topic\",\"createTime\":\"2019-01-27T17:43:24+08:00\","
          + "\"hostEmail\":\"john.andersen@example.com\",\"format\":\"MP4\","
          + "\"status\":\"available\"}";

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
  void groupListSendsPersonIdAsQueryAndNoUnsupportedFilters() {
    stub.json(200, "{\"items\":[" + RECORDING + "]}");

    Recording recording =
        webex
            .recordings()
            .listForGroup(
                RecordingHost.byPersonId("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9k"),
                RecordingListParams.builder()
                    .pageSize(5)
                    .from(Instant.parse("2019-01-20T00:00:00Z"))
                    .meetingId("ignored")
                    .hostEmail("ignored@example.com")
                    .status(RecordingStatus.DELETED)
                    .topic("Example Topic")
                    .build())
            .items()
            .get(0);

    assertThat(recording.createTime()).isEqualTo(Instant.parse("2019-01-27T09:43:24Z"));
    assertThat(stub.single().uri())
        .isEqualTo(
            "/v1/group/recordings?max=5&from=2019-01-20T00%3A00%3A00Z"
                + "&personId=Y2lzY29zcGFyazovL3VzL1BFT1BMRS9k&topic=Example%20Topic");
    assertThat(stub.single().header("hostEmail")).isNull();
  }

  @Test
  void groupReadsNameTheHostByEmailInTheHostEmailHeader() {
    stub.json(200, "{\"items\":[]}").json(200, RECORDING);
    RecordingHost host = RecordingHost.byEmail("john.andersen@example.com");

    webex.recordings().listForGroup(host, RecordingListParams.none());
    webex.recordings().getForGroup("4f914b1dfe3c4d11a61730f18c0f5387", host);

    assertThat(stub.requests())
        .extracting(r -> r + " " + r.header("hostEmail"))
        .containsExactly(
            "GET /v1/group/recordings john.andersen@example.com",
            "GET /v1/group/recordings/4f914b1dfe3c4d11a61730f18c0f5387"
                + " john.andersen@example.com");
    assertThatThrownBy(() -> new RecordingHost(null, " "))
        .hasMessageContaining("personId or email is required");
    assertThatThrownBy(() -> webex.recordings().getForGroup(" ", host))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void timezoneViewSendsTheHeaderOnEveryRead() {
    for (int i = 0; i < 3; i++) {
      stub.json(200, "{\"items\":[]}");
    }
    stub.json(200, RECORDING).json(200, RECORDING).empty(204);
    Recordings berlin = webex.recordings().withTimezone(ZoneId.of("Europe/Berlin"));

    berlin.list();
    berlin.listForAdmin(RecordingListParams.none());
    berlin.listForGroup(RecordingHost.byPersonId("p"), RecordingListParams.none());
    berlin.get("r1");
    berlin.getForGroup("r1", RecordingHost.byPersonId("p"));
    berlin.delete("r1");

    assertThat(stub.requests())
        .extracting(r -> r.method() + " " + r.header("timezone"))
        .containsExactly(
            "GET Europe/Berlin",
            "GET Europe/Berlin",
            "GET Europe/Berlin",
            "GET Europe/Berlin",
            "GET Europe/Berlin",
            "DELETE null");
  }

  @Test
  void siteUrlViewSendsTheHeaderOnGetOnly() {
    stub.json(200, "{\"items\":[]}").json(200, RECORDING);
    Recordings site = webex.recordings().withSiteUrl("example.webex.com");

    site.list();
    site.get("r1");

    assertThat(stub.requests())
        .extracting(r -> r + " " + r.header("siteUrl"))
        .containsExactly("GET /v1/recordings null", "GET /v1/recordings/r1 example.webex.com");
    assertThatThrownBy(() -> webex.recordings().withSiteUrl(""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
