package io.github.webex4j.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /meetings/join}, {@code /admin/meetings} and the per-request headers, on the wire.
 */
class MeetingJoinAndAdminWireTest {
  private static final String MEETING =
      "{\"id\":\"870f51ff287b41be84648412901e0402\",\"meetingNumber\":\"123456789\","
          + "\"title\":\"Example Meeting\",\"meetingType\":\"meetingSeries\","
          + "\"start\":\"2019-11-01T20:00:00+08:00\",\"end\":\"2019-11-01T21:00:00+08:00\","
          + "\"timezone\":\"Asia/Shanghai\",\"hostEmail\":\"john.andersen@example.com\"}";

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

  @Test
  void joinPostsTheDocumentedBodyWithoutRedirectAndDecodesTheLinks() {
    // The JoinMeetingLinkObject example of the meetings document, shortened.
    stub.json(
        200,
        "{\"startLink\":\"https://example.dmz.webex.com/wbxmjs/joinservice/sites/example/meeting"
            + "/download/b9dd?siteurl=example&integrationJoinToken=QUhT\","
            + "\"joinLink\":\"https://example.webex.com/wbxmjs/joinservice/sites/example/meeting"
            + "/download/cded?siteurl=example&integrationJoinToken=QUhT&principal=QUhT\","
            + "\"expiration\":\"2022-05-30T09:44:08Z\",\"later\":true}");

    MeetingJoinLinks links =
        webex
            .meetings()
            .join(
                MeetingJoinParams.builder()
                    .meetingNumber("123456789")
                    .participant("brenda.song@example.com", "Brenda Song")
                    .password("BgJep@43")
                    .expirationMinutes(5)
                    .registrationId("1111")
                    .hostEmail("john.andersen@example.com")
                    .createJoinLinkAsWebLink(false)
                    .createStartLinkAsWebLink(true)
                    .build());

    assertThat(links.startLink()).startsWith("https://example.dmz.webex.com/");
    assertThat(links.joinLink()).endsWith("&principal=QUhT");
    assertThat(links.expiration()).isEqualTo(Instant.parse("2022-05-30T09:44:08Z"));
    assertThat(links.extra()).containsEntry("later", true);
    assertThat(stub.single().toString()).isEqualTo("POST /v1/meetings/join");
    assertThat(stub.single().bodyText())
        .isEqualTo(
            "{\"meetingNumber\":\"123456789\",\"email\":\"brenda.song@example.com\","
                + "\"displayName\":\"Brenda Song\",\"password\":\"BgJep@43\","
                + "\"expirationMinutes\":5,\"registrationId\":\"1111\","
                + "\"hostEmail\":\"john.andersen@example.com\",\"createJoinLinkAsWebLink\":false,"
                + "\"createStartLinkAsWebLink\":true,\"joinDirectly\":false}");
  }

  @Test
  void joinParamsAreCheckedBeforeAnyRequest() {
    assertThatThrownBy(() -> MeetingJoinParams.builder().build())
        .hasMessageContaining("exactly one of meetingId, meetingNumber and webLink");
    assertThatThrownBy(() -> MeetingJoinParams.builder().meetingId("m").webLink("w").build())
        .hasMessageContaining("exactly one");
    assertThatThrownBy(
            () -> MeetingJoinParams.builder().meetingId("m").participant(null, "Ana").build())
        .hasMessageContaining("displayName needs email");
    assertThatThrownBy(
            () ->
                MeetingJoinParams.builder()
                    .meetingId("m")
                    .participant("a@example.com", "x".repeat(129))
                    .build())
        .hasMessageContaining("128");
    assertThatThrownBy(
            () -> MeetingJoinParams.builder().meetingId("m").expirationMinutes(61).build())
        .hasMessageContaining("between 1 and 60");
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void adminListAndGetUseTheAdminPathsAndQuery() {
    stub.json(200, "{\"items\":[" + MEETING + "]}").json(200, MEETING).json(200, MEETING);

    List<Meeting> listed =
        webex
            .meetings()
            .listForAdmin(AdminMeetingListParams.ofMeetingNumber("123456789").withCurrent(false))
            .items();
    Meeting one = webex.meetings().getForAdmin("870f51ff287b41be84648412901e0402");
    webex.meetings().getForAdmin("870f51ff287b41be84648412901e0402", true);

    assertThat(listed).extracting(Meeting::meetingNumber).containsExactly("123456789");
    assertThat(one.password()).isNull();
    assertThat(one.start()).isEqualTo(Instant.parse("2019-11-01T12:00:00Z"));
    assertThat(stub.requests())
        .extracting(Object::toString)
        .containsExactly(
            "GET /v1/admin/meetings?meetingNumber=123456789&current=false",
            "GET /v1/admin/meetings/870f51ff287b41be84648412901e0402",
            "GET /v1/admin/meetings/870f51ff287b41be84648412901e0402?current=true");
    assertThatThrownBy(() -> AdminMeetingListParams.ofWebLink(" "))
        .hasMessageContaining("exactly one of meetingNumber and webLink");
  }

  @Test
  void timezoneViewSendsTheHeaderOnReadsOnly() {
    stub.json(200, "{\"items\":[]}")
        .json(200, MEETING)
        .json(200, "{\"items\":[]}")
        .json(200, MEETING)
        .json(200, MEETING)
        .json(200, MEETING);
    Meetings shanghai = webex.meetings().withTimezone(ZoneId.of("Asia/Shanghai"));

    shanghai.list();
    shanghai.get("m1");
    shanghai.listForAdmin(AdminMeetingListParams.ofWebLink("https://example.webex.com/j"));
    shanghai.getForAdmin("m1");
    shanghai.update("m1", MeetingUpdateParams.builder().title("T").build());

    assertThat(stub.requests())
        .extracting(r -> r.method() + " " + r.header("timezone"))
        .containsExactly(
            "GET Asia/Shanghai",
            "GET Asia/Shanghai",
            "GET Asia/Shanghai",
            "GET Asia/Shanghai",
            "PATCH null");
    webex.meetings().get("m1");
    assertThat(stub.requests().get(5).header("timezone")).isNull();
  }

  @Test
  void passwordViewSendsTheHeaderOnListAndGetButNotOnAdminReads() {
    stub.json(200, MEETING).json(200, "{\"items\":[]}").json(200, MEETING);
    Meetings withPassword =
        webex.meetings().withTimezone(ZoneId.of("UTC")).withPassword("BgJep@4323");

    withPassword.get("m1");
    withPassword.list(MeetingListParams.builder().meetingNumber("123456789").build());
    withPassword.getForAdmin("m1");

    assertThat(stub.requests())
        .extracting(r -> r.header("password") + " " + r.header("timezone"))
        .containsExactly("BgJep@4323 UTC", "BgJep@4323 UTC", "null UTC");
    assertThatThrownBy(() -> webex.meetings().withPassword(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void viewHeadersGoOnlyToTheConfiguredOrigin() {
    String elsewhere = other.origin() + "/v1/meetings?page=2";
    stub.json(200, "{\"items\":[" + MEETING + "]}", "Link", "<" + elsewhere + ">; rel=\"next\"");
    other.json(200, "{\"items\":[]}");

    webex.meetings().withPassword("BgJep@4323").list().autoPager().stream().toList();

    assertThat(stub.single().header("password")).isEqualTo("BgJep@4323");
    assertThat(other.single().header("password")).isNull();
    assertThat(other.single().header("Authorization")).isNull();
  }
}
