package io.github.webex4j.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.BadRequestException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingsWireTest {
  private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant END = START.plus(Duration.ofHours(1));

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

  static String fixture(String path) {
    try (InputStream in = MeetingsWireTest.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void createPostsMeetingAndDecodesTheDocumentedAnswer() {
    stub.json(200, fixture("meetings/create-meeting-200.json"));

    Meeting meeting =
        webex
            .meetings()
            .create(
                MeetingCreateParams.builder()
                    .title("Sprint review")
                    .start(START)
                    .end(END)
                    .timezone("Europe/Berlin")
                    .password("BgJep@43")
                    .invitee("ana@example.com")
                    .scheduledType(ScheduledType.WEBINAR)
                    .registration(
                        new MeetingRegistration(
                            true, true, true, true, null, null, null, null, null, null, null, null,
                            null, null, 100, null, null, null, Map.of()))
                    .build());

    assertThat(meeting.id()).isEqualTo("870f51ff287b41be84648412901e0402");
    assertThat(meeting.meetingType()).isEqualTo(MeetingType.MEETING_SERIES);
    assertThat(meeting.state()).isEqualTo(MeetingState.ACTIVE);
    assertThat(meeting.start()).isEqualTo(Instant.parse("2019-11-01T12:00:00Z"));
    assertThat(meeting.telephony().callInNumbers().get(0).tollType()).isEqualTo(TollType.TOLL);
    assertThat(meeting.registration().customizedQuestions()).hasSize(5);
    assertThat(meeting.audioConnectionOptions().audioConnectionType())
        .isEqualTo(AudioConnectionType.VOIP);
    StubServer.Recorded request = stub.single();
    assertThat(request.toString()).isEqualTo("POST /v1/meetings");
    assertThat(request.bodyText())
        .isEqualTo(
            "{\"title\":\"Sprint review\",\"password\":\"BgJep@43\","
                + "\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T11:00:00Z\","
                + "\"timezone\":\"Europe/Berlin\",\"scheduledType\":\"webinar\","
                + "\"invitees\":[{\"email\":\"ana@example.com\"}],"
                + "\"registration\":{\"autoAcceptRequest\":true,\"requireFirstName\":true,"
                + "\"requireLastName\":true,\"requireEmail\":true,\"maxRegisterNum\":100,"
                + "\"customizedQuestions\":[],\"rules\":[]}}");
  }

  @Test
  void invalidPasswordIsBadRequestWithMeetingsTrackingId() {
    stub.json(400, fixture("meetings/create-meeting-400.json"));

    assertThatThrownBy(() -> webex.meetings().create(MeetingCreateParams.of("T", START, END)))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.trackingId())
                  .isEqualTo("19085D1FCFEE445DA358375500D25E44_1598154356721");
              assertThat(e.errorDescriptions().get(0))
                  .startsWith("Meeting password validation failed.");
            });
  }

  @Test
  void listSendsFiltersAndFollowsLinkAcrossThreePages() {
    String item = "{\"id\":\"m%d\",\"meetingType\":\"meeting\",\"state\":\"ended\"}";
    String next2 = stub.origin() + "/v1/meetings?max=1&cursor=2";
    String next3 = stub.origin() + "/v1/meetings?max=1&cursor=3";
    stub.json(
            200,
            "{\"items\":[" + String.format(item, 1) + "]}",
            "Link",
            "<" + next2 + ">; rel=\"next\"")
        .json(
            200,
            "{\"items\":[" + String.format(item, 2) + "]}",
            "Link",
            "<" + next3 + ">; rel=\"next\"")
        .json(200, "{\"items\":[" + String.format(item, 3) + "]}");

    Page<Meeting> page =
        webex
            .meetings()
            .list(
                MeetingListParams.builder()
                    .from(START)
                    .to(END)
                    .meetingType(MeetingType.MEETING)
                    .state(MeetingState.IN_PROGRESS)
                    .hasRecording(true)
                    .pageSize(1)
                    .build());

    assertThat(page.autoPager().stream().map(Meeting::id)).containsExactly("m1", "m2", "m3");
    assertThat(stub.requests().get(0).uri())
        .isEqualTo(
            "/v1/meetings?max=1&from=2026-12-01T10%3A00%3A00Z&to=2026-12-01T11%3A00%3A00Z"
                + "&meetingType=meeting&state=inProgress&hasRecording=true");
    assertThat(stub.requests().get(2).uri()).isEqualTo("/v1/meetings?max=1&cursor=3");
  }

  @Test
  void getDecodesAndUnknownIsNotFound() {
    stub.json(200, fixture("meetings/get-meeting-by-id-200.json"))
        .json(404, "{\"message\":\"Meeting not found\",\"trackingId\":\"ABC_1\"}");

    Meeting meeting = webex.meetings().get("870f51ff287b41be84648412901e0402");

    assertThat(meeting.title()).isEqualTo("Example Daily Meeting");
    assertThatThrownBy(() -> webex.meetings().get("nope", MeetingGetParams.asHost("h@x.com")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isEqualTo("ABC_1"));
    assertThat(stub.requests().get(1).uri()).isEqualTo("/v1/meetings/nope?hostEmail=h%40x.com");
  }

  @Test
  void updatePatchesOnlyGivenFieldsAndClearsExplicitly() {
    stub.json(200, fixture("meetings/patch-meeting-200.json"));

    webex
        .meetings()
        .update(
            "m1",
            MeetingUpdateParams.builder()
                .title("Renamed")
                .unlockedMeetingJoinSecurity(JoinSecurity.ALLOW_JOIN_WITH_LOBBY)
                .clear("agenda")
                .build());

    StubServer.Recorded request = stub.single();
    assertThat(request.toString()).isEqualTo("PATCH /v1/meetings/m1");
    assertThat(request.bodyText())
        .isEqualTo(
            "{\"title\":\"Renamed\",\"unlockedMeetingJoinSecurity\":\"allowJoinWithLobby\","
                + "\"agenda\":null}");
  }

  @Test
  void deleteAndEnd() {
    stub.empty(204).empty(204).empty(204);

    webex.meetings().delete("m1");
    webex.meetings().delete("m1", MeetingDeleteParams.silently());
    webex.meetings().end("m1", "Time is up");

    List<StubServer.Recorded> requests = stub.requests();
    assertThat(requests)
        .extracting(StubServer.Recorded::toString)
        .containsExactly(
            "DELETE /v1/meetings/m1",
            "DELETE /v1/meetings/m1?sendEmail=false",
            "POST /v1/meetings/m1/end");
    assertThat(requests.get(2).bodyText()).isEqualTo("{\"reason\":\"Time is up\"}");
  }

  @Test
  void endingSomeoneElsesMeetingIsForbidden() {
    stub.json(403, "{\"message\":\"Forbidden\",\"trackingId\":\"ABC_2\"}");

    assertThatThrownBy(() -> webex.meetings().end("m1", null))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.trackingId()).isEqualTo("ABC_2"));
    assertThat(stub.single().bodyText()).isEqualTo("{}");
  }

  @Test
  void registrantsRegisterListGetDelete() {
    stub.json(200, fixture("meeting-registrants/register-a-meeting-registrant-200.json"))
        .json(200, fixture("meeting-registrants/list-meeting-registrants-200.json"))
        .json(
            200,
            fixture(
                "meeting-registrants/get-detailed-information-for-a-meeting-registrant-200.json"))
        .empty(204);
    MeetingRegistrants registrants = webex.meetings().registrants();

    MeetingRegistrant created =
        registrants.register(
            "m1",
            MeetingRegistrantCreateParams.builder()
                .firstName("bob")
                .lastName("Lee")
                .email("bob@example.com")
                .zipCode(123456)
                .answer(
                    new RegistrantAnswer(330087L, List.of(new RegistrantAnswerOption(1L, "green"))))
                .build());
    Page<MeetingRegistrant> page =
        registrants.list("m1", MeetingRegistrantListParams.ofPageSize(5));
    MeetingRegistrant fetched = registrants.get("m1", "123456");
    registrants.delete("m1", "123456");

    assertThat(created.registrantId()).isEqualTo("123456");
    assertThat(created.status()).isEqualTo(RegistrantStatus.PENDING);
    assertThat(created.zipCode()).isEqualTo("123456");
    assertThat(created.registrationTime()).isEqualTo(Instant.parse("2021-09-07T01:29:13Z"));
    assertThat(page.items()).extracting(MeetingRegistrant::registrantId).containsExactly("123456");
    assertThat(fetched.customizedQuestions().get(0).answers().get(0).answer()).isEqualTo("green");
    assertThat(stub.requests())
        .extracting(StubServer.Recorded::toString)
        .containsExactly(
            "POST /v1/meetings/m1/registrants",
            "GET /v1/meetings/m1/registrants?max=5",
            "GET /v1/meetings/m1/registrants/123456",
            "DELETE /v1/meetings/m1/registrants/123456");
    assertThat(stub.requests().get(0).bodyText())
        .isEqualTo(
            "{\"firstName\":\"bob\",\"lastName\":\"Lee\",\"email\":\"bob@example.com\","
                + "\"zipCode\":123456,\"customizedQuestions\":[{\"questionId\":330087,"
                + "\"answers\":[{\"optionId\":1,\"answer\":\"green\"}]}]}");
  }

  @Test
  void paramsValidateDocumentedLimitsBeforeAnyRequest() {
    assertThatThrownBy(() -> MeetingCreateParams.of(" ", START, END)).hasMessageContaining("title");
    assertThatThrownBy(() -> MeetingCreateParams.of("x".repeat(129), START, END))
        .hasMessageContaining("title")
        .hasMessageContaining("128");
    assertThatThrownBy(() -> MeetingCreateParams.of("T", END, START))
        .hasMessageContaining("start must be before end");
    assertThatThrownBy(() -> MeetingCreateParams.of("T", START, START.plusSeconds(300)))
        .hasMessageContaining("10 minutes");
    assertThatThrownBy(() -> MeetingCreateParams.of("T", START, START.plus(Duration.ofHours(24))))
        .hasMessageContaining("23 hours 59 minutes");
    assertThatThrownBy(
            () ->
                MeetingCreateParams.builder()
                    .title("T")
                    .start(START)
                    .end(END)
                    .agenda("a".repeat(1301))
                    .build())
        .hasMessageContaining("agenda");
    assertThatThrownBy(
            () ->
                MeetingCreateParams.builder()
                    .title("T")
                    .start(START)
                    .end(END)
                    .integrationTags(List.of("a", "b", "c", "d"))
                    .build())
        .hasMessageContaining("integrationTags");
    assertThatThrownBy(
            () ->
                MeetingCreateParams.builder()
                    .title("T")
                    .start(START)
                    .end(END)
                    .joinBeforeHostMinutes(30)
                    .build())
        .hasMessageContaining("joinBeforeHostMinutes");
    assertThat(
            MeetingCreateParams.builder()
                .title("T")
                .start(START)
                .end(END)
                .scheduledType(ScheduledType.WEBINAR)
                .joinBeforeHostMinutes(30)
                .build()
                .joinBeforeHostMinutes())
        .isEqualTo(30);
    assertThatThrownBy(
            () ->
                MeetingCreateParams.builder()
                    .title("T")
                    .start(START)
                    .end(END)
                    .visualWatermarkOpacity(90)
                    .build())
        .hasMessageContaining("visualWatermarkOpacity");
    assertThatThrownBy(() -> MeetingCreateParams.builder().adhoc(true).build())
        .hasMessageContaining("roomId");
    assertThat(MeetingCreateParams.builder().adhoc(true).roomId("r1").build().start()).isNull();
    assertThatThrownBy(() -> MeetingUpdateParams.builder().build())
        .hasMessageContaining("at least one field");
    assertThatThrownBy(() -> MeetingUpdateParams.builder().clear("title").build())
        .hasMessageContaining("fieldsToClear");
    assertThatThrownBy(() -> MeetingListParams.builder().roomId("r").meetingNumber("1").build())
        .hasMessageContaining("mutually exclusive");
    assertThatThrownBy(() -> MeetingListParams.builder().pageSize(101).build())
        .hasMessageContaining("100");
    assertThatThrownBy(() -> MeetingRegistrantCreateParams.of("a", "b", " "))
        .hasMessageContaining("email");
    assertThatThrownBy(() -> webex.meetings().get(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stub.requests()).isEmpty();
  }
}
