package io.github.webex4j.cli;

import static io.github.webex4j.cli.Cli.json;
import static io.github.webex4j.cli.Cli.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.IOException;
import java.net.InetSocketAddress;
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

    String withoutFiles =
        ok(kim().run("messages", "send", "--room", "Files Room", "--text", "no file", "-o", "id"))
            .out()
            .strip();
    Cli.Result none = kim().run("messages", "download", withoutFiles);
    assertThat(none.exitCode()).isEqualTo(ExitCodes.API);
    assertThat(none.err()).contains("has no files");
  }

  @Test
  void recordingDownloadNamesTheFileAfterTheTopic() throws IOException {
    // The emulator's download links point at a Webex site it does not serve: a local stand-in.
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String origin = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/v1/recordings/r1",
        exchange -> {
          byte[] body =
              ("{\"id\":\"r1\",\"topic\":\"Team sync: Q3/plan\",\"format\":\"MP4\","
                      + "\"temporaryDirectDownloadLinks\":{\"recordingDownloadLink\":\""
                      + origin
                      + "/nbr/r1\"}}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/nbr/r1",
        exchange -> {
          byte[] body = "mp4 bytes".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      Cli cli = new Cli(dir).env("WEBEX_API_TOKEN", "t").env("WEBEX_BASE_URL", origin + "/v1");
      ok(cli.run("recordings", "download", "r1"));
      assertThat(Files.readString(dir.resolve("Team sync_ Q3_plan.mp4"))).isEqualTo("mp4 bytes");
      ok(cli.run("recordings", "download", "r1", "--to", "x.mp4"));
      assertThat(Files.readString(dir.resolve("x.mp4"))).isEqualTo("mp4 bytes");
    } finally {
      server.stop(0);
    }
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
