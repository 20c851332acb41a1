package io.github.webex4j.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.WebexClient;
import io.github.webex4j.cli.Cli;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomListParams;
import io.github.webex4j.teammemberships.TeamMembershipListParams;
import io.github.webex4j.teams.Team;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code webex demo} end to end against an emulator, and on the embedded one. */
class DemoCommandTest {
  private static final List<String> MEMBERS =
      List.of(
          "m1@example.com", "m2@example.com", "m3@example.com", "m4@example.com", "m5@example.com");
  private static final String MEMBERS_ARG = String.join(",", MEMBERS);

  @TempDir Path dir;
  private WebexEmulator emulator;
  private EmulatedPerson owner;
  private WebexClient webex;

  @BeforeEach
  void start() {
    emulator = WebexEmulator.start();
    owner = emulator.createPerson("owner@example.com", "Owner");
    MEMBERS.forEach(email -> emulator.createPerson(email, email));
    webex =
        WebexClient.builder()
            .accessToken(owner.token())
            .baseUrl(emulator.baseUri())
            .environment(Map.of())
            .build();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Cli.Result demo(Map<String, String> env, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "demo";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Cli(dir).env(env).run(all);
  }

  private Map<String, String> withToken() {
    Map<String, String> env = new HashMap<>();
    env.put("WEBEX_API_TOKEN", owner.token());
    env.put("WEBEX_BASE_URL", emulator.baseUri().toString());
    return env;
  }

  @Test
  void createsTheProjectAlphaStateAndASecondRunChangesNothing() {
    Cli.Result first = demo(withToken(), "--members", MEMBERS_ARG);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Team Project Alpha", "Room Dev Room", "Room QA Room", "✓ created");
    assertThat(first.out()).contains("Done: 15 created, 0 already existed.");
    assertProjectAlphaState();
    int requestsAfterFirst = emulator.requests().size();

    Cli.Result second = demo(withToken(), "--members", MEMBERS_ARG);
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out())
        .doesNotContain("✓ created")
        .contains("Done: 0 created, 15 already existed.");
    assertProjectAlphaState();
    assertThat(emulator.requests().subList(requestsAfterFirst, emulator.requests().size()))
        .allSatisfy(request -> assertThat(request.method()).isEqualTo("GET"));
    assertThat(first.out() + first.err() + second.out() + second.err())
        .doesNotContain(owner.token());
  }

  private void assertProjectAlphaState() {
    List<Team> teams =
        webex.teams().list().autoPager().stream()
            .filter(team -> team.name().equals("Project Alpha"))
            .toList();
    assertThat(teams).hasSize(1);
    String teamId = teams.get(0).id();
    assertThat(
            emails(
                webex
                    .teamMemberships()
                    .list(TeamMembershipListParams.ofTeam(teamId))
                    .autoPager()
                    .stream()
                    .map(m -> m.personEmail())
                    .toList()))
        .containsAll(MEMBERS);

    List<Room> rooms =
        webex.rooms().list(RoomListParams.ofTeam(teamId)).autoPager().stream()
            .filter(room -> room.title().endsWith(" Room"))
            .toList();
    assertThat(rooms).extracting(Room::title).containsExactlyInAnyOrder("Dev Room", "QA Room");
    for (Room room : rooms) {
      Set<String> members =
          emails(
              webex.memberships().list(MembershipListParams.ofRoom(room.id())).autoPager().stream()
                  .map(m -> m.personEmail())
                  .toList());
      List<String> expected =
          room.title().equals("Dev Room") ? MEMBERS.subList(0, 3) : MEMBERS.subList(3, 5);
      assertThat(members)
          .containsExactlyInAnyOrderElementsOf(concat(expected, "owner@example.com"));
      var messages = webex.messages().list(MessageListParams.ofRoom(room.id())).items();
      assertThat(messages).hasSize(1);
      assertThat(messages.get(0).markdown())
          .contains(room.title(), "Project Alpha")
          .contains(expected.stream().map(e -> "<@personEmail:" + e + ">").toList());
    }
  }

  private static Set<String> emails(List<String> emails) {
    return emails.stream().map(String::toLowerCase).collect(Collectors.toSet());
  }

  private static List<String> concat(List<String> list, String extra) {
    return Stream.concat(list.stream(), Stream.of(extra)).toList();
  }

  @Test
  void dryRunWritesNothing() {
    Cli.Result run = demo(withToken(), "--members", MEMBERS_ARG, "--dry-run");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("would create").contains("Dry run: nothing was written");
    assertThat(emulator.requests())
        .isNotEmpty()
        .allSatisfy(request -> assertThat(request.method()).isEqualTo("GET"));
    assertThat(webex.teams().list().items()).isEmpty();
  }

  @Test
  void jsonOutputHasTheSameTree() {
    Cli.Result run = demo(withToken(), "--members", MEMBERS_ARG, "-o", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("{")
        .contains("\"team\"", "\"name\" : \"Project Alpha\"", "\"status\" : \"created\"")
        .contains("\"welcome\"", "\"rooms\"");
  }

  @Test
  void badMembersFailBeforeAnyRequest() {
    for (String bad :
        List.of(
            "a@x.com,b@x.com",
            "a@x.com,b@x.com,c@x.com,d@x.com,not-an-email",
            "a@x.com,b@x.com,c@x.com,d@x.com,A@x.com")) {
      Cli.Result run = demo(withToken(), "--members", bad);
      assertThat(run.exitCode()).as(bad).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).startsWith("webex: --members: ");
    }
    Map<String, String> env = withToken();
    env.put("WEBEX_DEMO_MEMBERS", "only@one.com");
    assertThat(demo(env).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(demo(withToken()).err()).contains("--members");
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void membersFromTheEnvironment() {
    Map<String, String> env = withToken();
    env.put("WEBEX_DEMO_MEMBERS", MEMBERS_ARG);
    Cli.Result run = demo(env);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertProjectAlphaState();
  }

  @Test
  void failureMidwayNamesTheStepAndResumes() {
    emulator.faults().add(Fault.status(400).method("POST").pathPrefix("/memberships"));
    Cli.Result failed = demo(withToken(), "--members", MEMBERS_ARG);
    assertThat(failed.exitCode()).isEqualTo(ExitCodes.API);
    assertThat(failed.err())
        .startsWith("webex: Step \"add m1@example.com to Dev Room\" failed: Webex API error 400")
        .contains("trackingId")
        .contains("running `webex demo` again resumes safely");
    assertThat(failed.err().lines()).hasSize(1);

    Cli.Result resumed = demo(withToken(), "--members", MEMBERS_ARG);
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("Done: 8 created, 7 already existed.");
    assertProjectAlphaState();
  }

  @Test
  void withoutAnyTokenRunsOnTheEmbeddedEmulator() {
    Cli.Result run = demo(Map.of());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Team Project Alpha", "ana@example.com", "Done: 15 created");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("local Webex emulator").contains("WEBEX_API_TOKEN");
    assertThat(emulator.requests()).isEmpty();
  }
}
