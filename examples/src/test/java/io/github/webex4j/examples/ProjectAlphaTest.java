package io.github.webex4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.examples.ProjectAlpha.Outcome;
import io.github.webex4j.examples.ProjectAlpha.Result;
import io.github.webex4j.examples.ProjectAlpha.Status;
import io.github.webex4j.memberships.Membership;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomListParams;
import io.github.webex4j.teammemberships.TeamMembership;
import io.github.webex4j.teammemberships.TeamMembershipListParams;
import io.github.webex4j.teams.Team;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Project Alpha example against the emulator and checks the world it leaves. */
class ProjectAlphaTest {
  private static final List<String> FIVE =
      List.of(
          "ana@example.com",
          "ben@example.com",
          "chen@example.com",
          "dara@example.com",
          "eli@example.com");

  private static WebexEmulator emulator;
  private static WebexClient webex;

  @BeforeAll
  static void start() {
    emulator = WebexEmulator.start();
    EmulatedPerson owner = emulator.createPerson("owner@example.com", "Owner");
    FIVE.forEach(email -> emulator.createPerson(email, email));
    webex =
        WebexClient.builder()
            .accessToken(owner.token())
            .baseUrl(emulator.baseUri())
            .environment(Map.of())
            .sleeper(duration -> {})
            .build();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void dryRunThenRunThenRunAgain() {
    Result planned = new ProjectAlpha(webex, true).run(FIVE);
    assertThat(planned.outcomes()).extracting(Outcome::status).containsOnly(Status.PLANNED);
    assertThat(webex.teams().list().items()).isEmpty();

    Result first = new ProjectAlpha(webex, false).run(FIVE);
    assertThat(first.outcomes())
        .hasSize(15)
        .extracting(Outcome::status)
        .containsOnly(Status.CREATED);

    Team team = webex.teams().get(first.team().id());
    assertThat(team.name()).isEqualTo("Project Alpha");
    assertThat(
            webex
                .teamMemberships()
                .list(TeamMembershipListParams.ofTeam(team.id()))
                .autoPager()
                .stream()
                .map(TeamMembership::personEmail))
        .containsAll(FIVE);
    List<Room> rooms =
        webex.rooms().list(RoomListParams.ofTeam(team.id())).autoPager().stream()
            .filter(room -> !room.title().equals("Project Alpha"))
            .toList();
    assertThat(rooms).extracting(Room::title).containsExactlyInAnyOrder("Dev Room", "QA Room");
    assertRoom(rooms, "Dev Room", FIVE.subList(0, 3));
    assertRoom(rooms, "QA Room", FIVE.subList(3, 5));

    Result second = new ProjectAlpha(webex, false).run(FIVE);
    assertThat(second.outcomes()).extracting(Outcome::status).containsOnly(Status.EXISTS);
    assertThat(second.team().id()).isEqualTo(team.id());
    assertRoom(rooms, "Dev Room", FIVE.subList(0, 3));
  }

  private static void assertRoom(List<Room> rooms, String title, List<String> members) {
    Room room = rooms.stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    assertThat(
            webex.memberships().list(MembershipListParams.ofRoom(room.id())).autoPager().stream()
                .map(Membership::personEmail))
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(members.stream(), Stream.of("owner@example.com")).toList());
    List<Message> messages = webex.messages().list(MessageListParams.ofRoom(room.id())).items();
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).markdown())
        .isEqualTo(ProjectAlpha.welcomeMarkdown(title, members))
        .contains(
            "**" + title + "**", "**Project Alpha**", "<@personEmail:" + members.get(0) + ">");
  }

  @Test
  void createsWhoseAnswerIsLostAfterWebexActedLeaveExactlyOneOfEach() {
    try (WebexEmulator faulty = WebexEmulator.start()) {
      EmulatedPerson owner = faulty.createPerson("owner@example.com", "Owner");
      FIVE.forEach(email -> faulty.createPerson(email, email));
      for (String path : List.of("/teams", "/team/memberships", "/rooms", "/memberships")) {
        faulty.faults().add(Fault.status(500).method("POST").pathPrefix(path).after());
      }
      faulty.faults().add(Fault.dropConnection().method("POST").pathPrefix("/messages").after());
      WebexClient client =
          WebexClient.builder()
              .accessToken(owner.token())
              .baseUrl(faulty.baseUri())
              .environment(Map.of())
              .sleeper(duration -> {})
              .build();

      Result result = new ProjectAlpha(client, false).run(FIVE);

      assertThat(result.outcomes()).extracting(Outcome::status).containsOnly(Status.CREATED);
      assertThat(client.teams().list().items()).hasSize(1);
      List<Room> rooms =
          client.rooms().list(RoomListParams.ofTeam(result.team().id())).autoPager().stream()
              .filter(room -> !room.title().equals("Project Alpha"))
              .toList();
      assertThat(rooms).extracting(Room::title).containsExactlyInAnyOrder("Dev Room", "QA Room");
      for (Room room : rooms) {
        assertThat(client.messages().list(MessageListParams.ofRoom(room.id())).items()).hasSize(1);
        assertThat(
                client.memberships().list(MembershipListParams.ofRoom(room.id())).items().stream()
                    .map(Membership::personEmail))
            .doesNotHaveDuplicates();
      }
      assertThat(
              client
                  .teamMemberships()
                  .list(TeamMembershipListParams.ofTeam(result.team().id()))
                  .items()
                  .stream()
                  .map(TeamMembership::personEmail))
          .doesNotHaveDuplicates()
          .containsAll(FIVE);
    }
  }

  @Test
  void membersAreCheckedBeforeAnyRequest() {
    assertThatThrownBy(() -> ProjectAlpha.members("a@x.io,b@x.io"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly five");
    assertThatThrownBy(() -> ProjectAlpha.members("a@x.io,b@x.io,c@x.io,d@x.io,nope"))
        .hasMessageContaining("not a valid email: nope");
    assertThatThrownBy(() -> ProjectAlpha.members("a@x.io,b@x.io,c@x.io,d@x.io,B@X.io"))
        .hasMessageContaining("listed twice: B@X.io");
    assertThat(ProjectAlpha.members(" a@x.io, b@x.io ,c@x.io,d@x.io,e@x.io"))
        .containsExactly("a@x.io", "b@x.io", "c@x.io", "d@x.io", "e@x.io");
  }
}
