package io.github.webex4j.cli;

import static io.github.webex4j.cli.Cli.json;
import static io.github.webex4j.cli.Cli.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The happy path of every resource command against one emulator. */
class ResourceCommandsTest {
  private static WebexEmulator emulator;
  private static EmulatedPerson kim;
  private static EmulatedPerson lee;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    emulator = WebexEmulator.start();
    kim = emulator.createPerson("kim@example.com", "Kim");
    lee = emulator.createPerson("lee@example.com", "Lee");
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private Cli as(String token) {
    return Cli.against(emulator, token, dir);
  }

  private Cli kim() {
    return as(kim.token());
  }

  private Cli admin() {
    return as(emulator.adminToken());
  }

  @Test
  void roomsByTitle() {
    String id = kim().id("rooms", "create", "--title", "Ops Room");
    assertThat(ok(kim().run("rooms", "list", "--type", "group")).out()).contains("Ops Room", id);
    assertThat(kim().id("rooms", "get", "Ops Room")).isEqualTo(id);
    assertThat(
            json(kim().run("rooms", "update", "Ops Room", "--title", "Ops Room 2", "-o", "json"))
                .path("title")
                .asText())
        .isEqualTo("Ops Room 2");
    ok(kim().run("rooms", "meeting-info", "Ops Room 2"));
    assertThat(ok(kim().run("rooms", "delete", "Ops Room 2")).out()).contains("Deleted room " + id);
    assertThat(kim().run("rooms", "get", id).exitCode()).isEqualTo(ExitCodes.API);
  }

  @Test
  void roomsOfATeamAndTeamMemberships() {
    ok(kim().run("teams", "create", "--name", "Blue Team"));
    ok(kim().run("rooms", "create", "--title", "Blue Room", "--team", "Blue Team"));
    assertThat(ok(kim().run("rooms", "list", "--team", "Blue Team", "--jsonl")).out())
        .contains("\"title\":\"Blue Room\"");

    JsonNode created =
        json(
            kim()
                .run(
                    "team-memberships",
                    "create",
                    "--team",
                    "Blue Team",
                    "--person",
                    "lee@example.com",
                    "-o",
                    "json"));
    String membershipId = created.path("id").asText();
    assertThat(ok(kim().run("team-memberships", "list", "--team", "Blue Team")).out())
        .contains("lee@example.com");
    assertThat(ok(kim().run("team-memberships", "get", membershipId)).out())
        .contains("lee@example.com");
    assertThat(
            json(kim()
                    .run(
                        "team-memberships",
                        "update",
                        membershipId,
                        "--moderator",
                        "true",
                        "-o",
                        "json"))
                .path("isModerator")
                .asBoolean())
        .isTrue();
    ok(kim().run("team-memberships", "delete", membershipId));
    assertThat(ok(kim().run("team-memberships", "list", "--team", "Blue Team")).out())
        .doesNotContain("lee@example.com");
  }

  @Test
  void memberships() {
    ok(kim().run("rooms", "create", "--title", "Member Room"));
    String id =
        kim().id("memberships", "create", "--room", "Member Room", "--person", "lee@example.com");
    assertThat(ok(kim().run("memberships", "list", "--room", "Member Room")).out())
        .contains("lee@example.com", "kim@example.com");
    assertThat(
            ok(kim()
                    .run(
                        "memberships",
                        "list",
                        "--room",
                        "Member Room",
                        "--person",
                        "lee@example.com",
                        "--jsonl"))
                .out()
                .lines())
        .hasSize(1);
    assertThat(ok(kim().run("memberships", "get", id)).out()).contains("Lee");
    assertThat(
            json(kim().run("memberships", "update", id, "--moderator", "true", "-o", "json"))
                .path("isModerator")
                .asBoolean())
        .isTrue();
    ok(kim().run("memberships", "delete", id));
  }

  @Test
  void messages() throws IOException {
    ok(kim().run("rooms", "create", "--title", "Chat Room"));
    ok(kim().run("memberships", "create", "--room", "Chat Room", "--person", "lee@example.com"));
    String first = kim().id("messages", "send", "--room", "Chat Room", "--markdown", "**hello**");
    json(
        kim()
            .run(
                "messages",
                "send",
                "--room",
                "Chat Room",
                "--parent",
                first,
                "--text",
                "in thread",
                "-o",
                "json"));
    Path log = dir.resolve("build.log");
    Files.writeString(log, "all green\n");
    JsonNode withFile =
        json(
            kim()
                .run(
                    "messages",
                    "send",
                    "--room",
                    "Chat Room",
                    "--text",
                    "log",
                    "--file",
                    log.toString(),
                    "-o",
                    "json"));
    assertThat(withFile.path("files")).hasSize(1);
    Path card = dir.resolve("card.json");
    Files.writeString(
        card,
        "{\"type\":\"AdaptiveCard\",\"version\":\"1.3\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"Vote\"}],"
            + "\"actions\":[{\"type\":\"Action.Submit\",\"title\":\"Yes\"}]}");
    JsonNode cardMessage =
        json(
            kim()
                .run(
                    "messages",
                    "send",
                    "--room",
                    "Chat Room",
                    "--text",
                    "Vote",
                    "--card",
                    card.toString(),
                    "-o",
                    "json"));
    assertThat(cardMessage.path("attachments")).hasSize(1);

    Cli.Result listed = ok(kim().run("messages", "list", "--room", "Chat Room"));
    assertThat(listed.out()).contains("in thread", "log", "Vote");
    assertThat(
            ok(kim().run("messages", "list", "--room", "Chat Room", "--parent", first, "--jsonl"))
                .out()
                .lines())
        .hasSize(1);
    assertThat(json(kim().run("messages", "get", first, "-o", "json")).path("markdown").asText())
        .isEqualTo("**hello**");
    assertThat(
            json(kim()
                    .run("messages", "edit", first, "--markdown", "**hello again**", "-o", "json"))
                .path("markdown")
                .asText())
        .isEqualTo("**hello again**");

    String action =
        json(as(lee.token())
                .run(
                    "attachment-actions",
                    "create",
                    "--message",
                    cardMessage.path("id").asText(),
                    "--input",
                    "vote=yes",
                    "-o",
                    "json"))
            .path("id")
            .asText();
    assertThat(ok(kim().run("attachment-actions", "get", action, "-o", "json")).out())
        .contains("\"vote\" : \"yes\"");

    ok(kim().run("messages", "send", "--to-person", "lee@example.com", "--text", "direct hi"));
    assertThat(ok(kim().run("messages", "list-direct", "--person", "lee@example.com")).out())
        .contains("direct hi");
    ok(kim().run("messages", "delete", first));
  }

  @Test
  void badCardFileIsAUsageError() throws IOException {
    Path card = dir.resolve("bad.json");
    Files.writeString(card, "not json");
    Cli.Result result =
        kim()
            .run(
                "messages",
                "send",
                "--to-person",
                "lee@example.com",
                "--text",
                "x",
                "--card",
                card.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--card");
  }

  @Test
  void people() {
    assertThat(json(kim().run("people", "me", "-o", "json")).path("emails").get(0).asText())
        .isEqualTo("kim@example.com");
    assertThat(ok(kim().run("people", "list", "--email", "lee@example.com")).out())
        .contains(lee.id());
    assertThat(ok(kim().run("people", "get", lee.id())).out()).contains("lee@example.com");

    String id =
        admin()
            .id("people", "create", "--email", "new@example.com", "--display-name", "New Person");
    assertThat(
            json(admin().run("people", "update", id, "--display-name", "Renamed", "-o", "json"))
                .path("displayName")
                .asText())
        .isEqualTo("Renamed");
    ok(admin().run("people", "delete", id));
  }

  @Test
  void secretsAndPasswordsComeFromFiles() throws java.io.IOException {
    java.nio.file.Path secret =
        java.nio.file.Files.writeString(dir.resolve("hook.secret"), "file-secret-value\n");
    java.nio.file.Path password =
        java.nio.file.Files.writeString(dir.resolve("meeting.password"), "Pass-Word-42\n");

    String hook =
        kim()
            .id(
                "webhooks",
                "create",
                "--name",
                "filed",
                "--target-url",
                "http://127.0.0.1:9/h",
                "--resource",
                "messages",
                "--event",
                "created",
                "--secret-file",
                secret.toString());
    String meeting =
        kim()
            .id(
                "meetings",
                "create",
                "--title",
                "Filed",
                "--start",
                "2030-01-05T09:00:00Z",
                "--end",
                "2030-01-05T09:15:00Z",
                "--password-file",
                password.toString());
    Cli.Result both =
        kim().run("webhooks", "update", hook, "--secret", "x", "--secret-file", secret.toString());

    assertThat(emulator.requests())
        .filteredOn(r -> r.method().equals("POST") && r.path().endsWith("/webhooks"))
        .anySatisfy(r -> assertThat(r.body()).contains("\"secret\":\"file-secret-value\""));
    assertThat(emulator.requests())
        .filteredOn(r -> r.method().equals("POST") && r.path().endsWith("/meetings"))
        .anySatisfy(r -> assertThat(r.body()).contains("\"password\":\"Pass-Word-42\""));
    assertThat(meeting).isNotBlank();
    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err()).contains("Pass --secret or --secret-file, not both.");
  }

  @Test
  void webhooksNeverShowTheSecret() {
    JsonNode created =
        json(
            kim()
                .run(
                    "webhooks",
                    "create",
                    "--name",
                    "ci",
                    "--target-url",
                    "http://127.0.0.1:9/hook",
                    "--resource",
                    "messages",
                    "--event",
                    "created",
                    "--secret",
                    "s3cr3t-value",
                    "-o",
                    "json"));
    String id = created.path("id").asText();
    assertThat(created.path("secret").asText()).isEqualTo("***");
    Cli.Result listed = ok(kim().run("webhooks", "list"));
    assertThat(listed.out()).contains("ci");
    Cli.Result got = ok(kim().run("webhooks", "get", id));
    assertThat(
            json(kim().run("webhooks", "update", id, "--name", "ci2", "-o", "json"))
                .path("name")
                .asText())
        .isEqualTo("ci2");
    ok(kim().run("webhooks", "delete", id));
    assertThat(created.toString() + listed.all() + got.all()).doesNotContain("s3cr3t-value");
  }

  @Test
  void eventsForTheComplianceOfficer() {
    ok(kim().run("rooms", "create", "--title", "Audited Room"));
    ok(kim().run("messages", "send", "--room", "Audited Room", "--text", "audited"));
    Cli.Result events = ok(admin().run("events", "list", "--resource", "messages", "--jsonl"));
    assertThat(events.out()).contains("\"resource\":\"messages\"");
    JsonNode first =
        json(admin().run("events", "list", "--resource", "messages", "--limit", "1", "-o", "json"))
            .get(0);
    String id = first.path("id").asText();
    assertThat(ok(admin().run("events", "get", id)).out()).contains(id);
  }

  @Test
  void adminResources() {
    JsonNode orgs = json(admin().run("organizations", "list", "-o", "json"));
    assertThat(orgs).hasSize(1);
    ok(admin().run("organizations", "get", orgs.get(0).path("id").asText()));

    JsonNode roles = json(admin().run("roles", "list", "-o", "json"));
    assertThat(roles).isNotEmpty();
    ok(admin().run("roles", "get", roles.get(0).path("id").asText()));

    JsonNode licenses = json(admin().run("licenses", "list", "-o", "json"));
    assertThat(licenses).isNotEmpty();
    String license = licenses.get(0).path("id").asText();
    ok(admin().run("licenses", "get", license));
    ok(admin().run("licenses", "users", license, "--limit", "5"));

    String group = admin().id("groups", "create", "--name", "Engineers", "--member", kim.id());
    assertThat(ok(admin().run("groups", "list")).out()).contains("Engineers");
    ok(admin().run("groups", "update", group, "--add", lee.id()));
    assertThat(ok(admin().run("groups", "members", group)).out()).contains(kim.id(), lee.id());
    ok(admin().run("groups", "get", group, "--members"));
    ok(admin().run("groups", "delete", group));
  }

  @Test
  void meetingsAndRecordings() {
    String meeting =
        kim()
            .id(
                "meetings",
                "create",
                "--title",
                "Standup",
                "--start",
                "2030-01-05T09:00:00Z",
                "--end",
                "2030-01-05T09:15:00Z",
                "--invitee",
                "lee@example.com");
    assertThat(
            ok(kim()
                    .run(
                        "meetings",
                        "list",
                        "--from",
                        "2030-01-01T00:00:00Z",
                        "--to",
                        "2030-02-01T00:00:00Z"))
                .out())
        .contains("Standup");
    ok(kim().run("meetings", "get", meeting));
    assertThat(
            json(kim().run("meetings", "update", meeting, "--title", "Standup 2", "-o", "json"))
                .path("title")
                .asText())
        .isEqualTo("Standup 2");
    ok(kim().run("meetings", "delete", meeting));
  }

  @Test
  void recordingsOfAnEndedMeeting() {
    String meeting =
        kim()
            .id(
                "meetings",
                "create",
                "--title",
                "Demo call",
                "--start",
                "2030-02-05T09:00:00Z",
                "--end",
                "2030-02-05T09:30:00Z");
    emulator.endMeeting(meeting);

    JsonNode recordings =
        json(kim().run("recordings", "list", "--topic", "Demo call", "-o", "json"));
    assertThat(recordings).hasSize(1);
    String recording = recordings.get(0).path("id").asText();
    assertThat(ok(kim().run("recordings", "get", recording)).out()).contains("Demo call");
    assertThat(ok(kim().run("recordings", "delete", recording)).out())
        .contains("Deleted recording");
  }

  @Test
  void idOutputPrintsOneIdPerLine() {
    String id = ok(kim().run("rooms", "create", "--title", "Id Room", "-o", "id")).out().strip();
    assertThat(id).isNotBlank().doesNotContain("\n", " ");
    assertThat(ok(kim().run("rooms", "get", "Id Room", "--output", "id")).out())
        .isEqualTo(id + "\n");
    assertThat(ok(kim().run("rooms", "list", "--type", "group", "-o", "id")).out().lines())
        .contains(id)
        .allMatch(line -> !line.isBlank() && !line.contains(" "));
    assertThat(ok(kim().run("rooms", "list", "--type", "group", "-o", "ID")).out().lines())
        .contains(id);
    assertThat(ok(kim().run("rooms", "delete", id, "-o", "id")).out()).isEqualTo(id + "\n");
  }

  @Test
  void idOutputOfAResultWithoutIdIsAUsageError() {
    ok(kim().run("rooms", "create", "--title", "No Id Room"));
    Cli.Result info = kim().run("rooms", "meeting-info", "No Id Room", "-o", "id");
    assertThat(info.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(info.err()).contains("-o id", "webex rooms meeting-info prints no single id");
    assertThat(info.out()).isEmpty();

    Cli.Result demo = kim().run("demo", "--dry-run", "-o", "id");
    assertThat(demo.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(demo.err()).contains("webex demo prints no single id");
  }

  @Test
  void tokenNeverInAnyOutput() {
    Cli.Result[] results = {
      kim().run("people", "me", "--verbose"),
      kim().run("people", "me", "-o", "json", "--verbose"),
      kim().run("rooms", "list", "--jsonl", "--verbose"),
      kim().run("messages", "get", "Y2lzY29zcGFyazovL3VzL01FU1NBR0Uvbm9uZQ", "--verbose"),
    };
    for (Cli.Result result : results) {
      assertThat(result.all()).doesNotContain(kim.token());
    }
    assertThat(results[0].err()).contains("> GET");
  }

  @Test
  void theClientsLogBypassesJavaUtilLogging() {
    Logger jul = Logger.getLogger("io.github.webex4j");
    List<String> reached = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            reached.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level previous = jul.getLevel();
    jul.setLevel(Level.ALL);
    jul.addHandler(capture);
    try {
      Cli.Result verbose = kim().run("people", "me", "--verbose");

      assertThat(verbose.err()).contains("> GET");
      assertThat(reached).isEmpty();
    } finally {
      jul.removeHandler(capture);
      jul.setLevel(previous);
    }
  }
}
