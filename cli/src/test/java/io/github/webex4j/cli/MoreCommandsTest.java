package io.github.webex4j.cli;

import static io.github.webex4j.cli.Cli.json;
import static io.github.webex4j.cli.Cli.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registrants, downloads, license assignment and guest tokens. */
class MoreCommandsTest {
  private static final String SECRET =
      Base64.getEncoder()
          .encodeToString("cli guest issuer secret 32 bytes".getBytes(StandardCharsets.UTF_8));

  private static WebexEmulator emulator;
  private static EmulatedPerson kim;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    emulator = WebexEmulator.builder().guestIssuer("issuer-1", SECRET).start();
    kim = emulator.createPerson("kim@example.com", "Kim");
    emulator.createPerson("lee@example.com", "Lee");
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private Cli noToken() {
    return new Cli(dir).env("WEBEX_BASE_URL", emulator.baseUri().toString());
  }

  private Cli kim() {
    return Cli.against(emulator, kim.token(), dir);
  }

  private Cli admin() {
    return Cli.against(emulator, emulator.adminToken(), dir);
  }

  @Test
  void meetingWithCommonOptionsAndItsRegistrants() {
    JsonNode meeting =
        json(
            kim()
                .run(
                    "meetings",
                    "create",
                    "--title",
                    "Launch",
                    "--start",
                    "2030-03-05T09:00:00Z",
                    "--end",
                    "2030-03-05T10:00:00Z",
                    "--agenda",
                    "Go live",
                    "--password",
                    "Secret123",
                    "--timezone",
                    "Europe/Berlin",
                    "--scheduled-type",
                    "meeting",
                    "--invitees",
                    "lee@example.com,ana@example.com",
                    "--registration",
                    "--auto-accept",
                    "-o",
                    "json"));
    String id = meeting.path("id").asText();
    assertThat(meeting.path("agenda").asText()).isEqualTo("Go live");
    assertThat(meeting.path("timezone").asText()).isEqualTo("Europe/Berlin");
    assertThat(meeting.path("scheduledType").asText()).isEqualTo("meeting");
    assertThat(meeting.path("registration").path("autoAcceptRequest").asBoolean()).isTrue();

    String registrant =
        ok(kim()
                .run(
                    "meetings",
                    "registrants",
                    "register",
                    id,
                    "--first-name",
                    "Ana",
                    "--last-name",
                    "Lima",
                    "--email",
                    "ana@example.com",
                    "-o",
                    "id"))
            .out()
            .strip();
    assertThat(registrant).isNotBlank();
    assertThat(ok(kim().run("meetings", "registrants", "list", id)).out())
        .contains(registrant, "ana@example.com", "approved");
    assertThat(ok(kim().run("meetings", "registrants", "get", id, registrant)).out())
        .contains("Lima");
    ok(kim().run("meetings", "registrants", "delete", id, registrant));
    assertThat(ok(kim().run("meetings", "registrants", "list", id, "-o", "id")).out()).isEmpty();

    Cli.Result noRegistration =
        kim()
            .run(
                "meetings",
                "create",
                "--title",
                "x",
                "--start",
                "2030-03-05T09:00:00Z",
                "--end",
                "2030-03-05T10:00:00Z",
                "--auto-accept");
    assertThat(noRegistration.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void publicSpacesWithATimeWindowAreAskedFor() {
    emulator.clearRequests();
    Cli.Result result =
        kim()
            .run(
                "rooms",
                "list",
                "--public-spaces",
                "--from",
                "2026-01-01T00:00:00Z",
                "--to",
                "2026-02-01T00:00:00Z");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(emulator.requests())
        .anySatisfy(
            request ->
                assertThat(request.query())
                    .contains(
                        "orgPublicSpaces=true",
                        "from=2026-01-01T00%3A00%3A00Z",
                        "to=2026-02-01T00%3A00%3A00Z"));
  }

  @Test
  void messageFilesDownloadToADirectoryOrAFile() throws IOException {
    ok(kim().run("rooms", "create", "--title", "Files Room"));
    Path log = Files.writeString(dir.resolve("build.log"), "all green\n");
    String message =
        kim()
            .id(
                "messages",
                "send",
                "--room",
                "Files Room",
                "--text",
                "log",
                "--file",
                log.toString());
    Path downloads = Files.createDirectory(dir.resolve("downloads"));

    Cli.Result toDirectory = ok(kim().run("messages", "download", message, "--to", "downloads"));
    assertThat(Files.readString(downloads.resolve("build.log"))).isEqualTo("all green\n");
    assertThat(toDirectory.out()).contains(downloads.resolve("build.log").toString(), "10");

    ok(kim().run("messages", "download", message, "--to", "copy.txt"));
    assertThat(Files.readString(dir.resolve("copy.txt"))).isEqualTo("all green\n");

    Cli.Result again = kim().run("messages", "download", message, "--to", "copy.txt");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err())
        .contains("copy.txt already exists; pass --force")
        .doesNotContain(".part");
    Files.writeString(dir.resolve("copy.txt"), "old");
    ok(kim().run("messages", "download", message, "--to", "copy.txt", "--force"));
    assertThat(Files.readString(dir.resolve("copy.txt"))).isEqualTo("all green\n");

    ok(kim().run("messages", "download", message, "--to", "fresh/"));
    assertThat(Files.readString(dir.resolve("fresh").resolve("build.log")))
        .isEqualTo("all green\n");
    assertThat(dir.resolve("fresh")).isDirectory();

    Cli.Result noParent = kim().run("messages", "download", message, "--to", "no/such/x.log");
    assertThat(noParent.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noParent.err())
        .contains("does not exist; create it first")
        .doesNotContain(".part")
        .doesNotContain("Exception");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }

    String withoutFiles =
        ok(kim().run("messages", "send", "--room", "Files Room", "--text", "no file", "-o", "id"))
            .out()
            .strip();
    Cli.Result none = kim().run("messages", "download", withoutFiles);
    assertThat(none.exitCode()).isEqualTo(ExitCodes.API);
    assertThat(none.err()).contains("has no files");
  }

  @Test
  void recordingDownloadNamesTheFileAfterTheTopic() throws Exception {
    String meeting =
        kim()
            .id(
                "meetings",
                "create",
                "--title",
                "Team sync: Q3/plan",
                "--start",
                "2030-03-05T09:00:00Z",
                "--end",
                "2030-03-05T09:30:00Z");
    String recording = emulator.endMeeting(meeting).recordingId();
    JsonNode listed = json(kim().run("recordings", "get", recording, "-o", "json"));
    byte[] served =
        fetch(listed.path("temporaryDirectDownloadLinks").path("recordingDownloadLink"));
    assertThat(served).hasSize(listed.path("sizeBytes").asInt()).isNotEmpty();

    ok(kim().run("recordings", "download", recording));
    assertThat(Files.readAllBytes(dir.resolve("Team sync_ Q3_plan.mp4"))).isEqualTo(served);
    ok(kim().run("recordings", "download", recording, "--to", "x.mp4"));
    assertThat(Files.readAllBytes(dir.resolve("x.mp4"))).isEqualTo(served);
    Cli.Result again = kim().run("recordings", "download", recording, "--to", "x.mp4");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("x.mp4 already exists; pass --force");
    ok(kim().run("recordings", "download", recording, "--to", "x.mp4", "--force"));
    ok(kim().run("recordings", "download", recording, "--to", "videos/"));
    assertThat(Files.readAllBytes(dir.resolve("videos").resolve("Team sync_ Q3_plan.mp4")))
        .isEqualTo(served);
    try (var files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("Team sync_ Q3_plan.mp4", "x.mp4", "videos");
    }
  }

  /** The body of a recording link, fetched as a browser would: no token. */
  private static byte[] fetch(JsonNode link) throws IOException, InterruptedException {
    assertThat(link.isTextual()).as("download link").isTrue();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(link.asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void licensesAreAssignedAndRemoved() {
    JsonNode licenses = json(admin().run("licenses", "list", "-o", "json"));
    String messaging = null;
    for (JsonNode license : licenses) {
      if (license.path("name").asText().equals("Messaging")) {
        messaging = license.path("id").asText();
      }
    }
    assertThat(messaging).isNotNull();
    JsonNode added =
        json(
            admin()
                .run(
                    "licenses",
                    "assign",
                    "--person",
                    "lee@example.com",
                    "--add",
                    messaging,
                    "-o",
                    "json"));
    assertThat(added.path("licenses").toString()).contains(messaging);
    assertThat(ok(admin().run("licenses", "users", messaging)).out()).contains("lee@example.com");
    JsonNode removed =
        json(
            admin()
                .run(
                    "licenses",
                    "assign",
                    "--person",
                    "lee@example.com",
                    "--remove",
                    messaging,
                    "-o",
                    "json"));
    assertThat(removed.path("licenses").toString()).doesNotContain(messaging);
    assertThat(admin().run("licenses", "assign", "--person", "lee@example.com").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    emulator.clearRequests();
    Cli.Result noId =
        admin()
            .run(
                "licenses",
                "assign",
                "--person",
                "lee@example.com",
                "--add",
                messaging,
                "-o",
                "id");
    assertThat(noId.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noId.err()).contains("webex licenses assign prints no single id", "-o json");
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void guestTokenFromTheEnvironmentOrAFileWithoutEverPrintingTheSecret() throws IOException {
    Cli.Result fromEnv =
        noToken()
            .env("WEBEX_GUEST_ISSUER_SECRET", SECRET)
            .run(
                "guest-issuer",
                "token",
                "--issuer",
                "issuer-1",
                "--subject",
                "u-1",
                "--name",
                "Ana Guest",
                "-o",
                "json",
                "--verbose");
    String token = json(fromEnv).path("token").asText();
    assertThat(token).isNotBlank();
    assertThat(
            json(noToken().env("WEBEX_API_TOKEN", token).run("people", "me", "-o", "json"))
                .path("displayName")
                .asText())
        .isEqualTo("Ana Guest");

    Path secretFile = Files.writeString(dir.resolve("issuer.secret"), SECRET + "\n");
    Cli.Result fromFile =
        ok(
            noToken()
                .run(
                    "guest-issuer",
                    "token",
                    "--issuer",
                    "issuer-1",
                    "--secret-file",
                    secretFile.toString(),
                    "--subject",
                    "u-2",
                    "--name",
                    "Bo Guest"));
    assertThat(fromFile.out()).contains("token", "expiresIn");

    Cli.Result missing =
        noToken()
            .run("guest-issuer", "token", "--issuer", "issuer-1", "--subject", "u", "--name", "n");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("--secret-file", "WEBEX_GUEST_ISSUER_SECRET");
    Cli.Result wrongIssuer =
        noToken()
            .env("WEBEX_GUEST_ISSUER_SECRET", SECRET)
            .run("guest-issuer", "token", "--issuer", "nobody", "--subject", "u", "--name", "n");
    assertThat(wrongIssuer.exitCode()).isEqualTo(ExitCodes.AUTH);
    for (Cli.Result result : new Cli.Result[] {fromEnv, fromFile, missing, wrongIssuer}) {
      assertThat(result.all()).doesNotContain(SECRET);
    }
  }
}
