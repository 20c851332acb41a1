package io.github.webex4j.cli.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.cli.Cli;
import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EmulatorCommandTest {

  @Test
  void startsOnTheGivenPortWithTheGivenTokenAndSaysHowToReachIt() throws Exception {
    EmulatorCommand command = new EmulatorCommand();
    new CommandLine(command).parseArgs("--port", "0", "--token", "local-admin");
    StringWriter out = new StringWriter();
    try (WebexEmulator emulator = command.start(new PrintWriter(out, true))) {
      assertThat(out.toString())
          .contains("listening on " + emulator.baseUri())
          .contains("Admin token: local-admin")
          .contains("Ctrl-C");
      HttpResponse<String> me =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/people/me"))
                      .header("Authorization", "Bearer local-admin")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(me.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aBusyPortIsOneLineWithExitCodeFour() {
    try (WebexEmulator busy = WebexEmulator.start()) {
      EmulatorCommand command = new EmulatorCommand();
      new CommandLine(command).parseArgs("--port", String.valueOf(busy.port()));
      assertThatThrownBy(() -> command.start(new PrintWriter(new StringWriter())))
          .isInstanceOfSatisfying(
              CliFailure.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.NETWORK))
          .hasMessageContaining("Cannot listen on 127.0.0.1:" + busy.port());
    }
  }

  @Test
  void aBusyPortThroughTheCommandLineIsOneLineWithoutAStackTrace(@TempDir Path dir) {
    try (WebexEmulator busy = WebexEmulator.start()) {
      Cli.Result result = new Cli(dir).run("emulator", "--port", String.valueOf(busy.port()));

      assertThat(result.exitCode()).isEqualTo(ExitCodes.NETWORK);
      assertThat(result.err().lines())
          .containsExactly(
              "webex: Cannot listen on 127.0.0.1:"
                  + busy.port()
                  + " (the port is already in use); choose another port with --port, or 0 for"
                  + " any free one.");
    }
  }

  @Test
  void loadsASeedFileAndRegistersGuestIssuersLikeTheEmulatorsJar(@TempDir Path dir)
      throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed, "{\"people\":[{\"email\":\"seeded@example.com\",\"token\":\"seeded-token\"}]}");
    Path secretFile = dir.resolve("secret");
    Files.writeString(secretFile, "c2VjcmV0LWZyb20tZmlsZQ==\n");
    EmulatorCommand command = new EmulatorCommand();
    new CommandLine(command)
        .parseArgs(
            "--port",
            "0",
            "--seed",
            seed.toString(),
            "--guest-issuer",
            "issuer-1:c2VjcmV0",
            "--guest-issuer",
            "issuer-2:@" + secretFile);
    try (WebexEmulator emulator = command.start(new PrintWriter(new StringWriter(), true))) {
      assertThat(call(emulator, "seeded-token", "GET", "/people/me").statusCode()).isEqualTo(200);
      for (String[] issuer :
          new String[][] {{"issuer-1", "c2VjcmV0"}, {"issuer-2", "c2VjcmV0LWZyb20tZmlsZQ=="}}) {
        HttpResponse<String> login =
            call(emulator, guestJwt(issuer[0], issuer[1]), "POST", "/jwt/login");
        assertThat(login.statusCode()).as(issuer[0] + ": " + login.body()).isEqualTo(200);
      }
    }
  }

  @Test
  void aBadGuestIssuerOrSeedIsAUsageErrorThatNeverShowsTheSecret(@TempDir Path dir)
      throws Exception {
    Cli.Result malformed = new Cli(dir).run("emulator", "--guest-issuer", "secret-without-id");
    assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(malformed.err())
        .contains("ISSUER_ID:BASE64_SECRET")
        .doesNotContain("secret-without-id");

    assertThat(startFailure("--guest-issuer", "issuer:not*base64"))
        .contains("not base64")
        .doesNotContain("not*base64");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{not json");
    assertThat(startFailure("--seed", broken.toString())).contains("not valid JSON");
    assertThat(startFailure("--seed", dir.resolve("none.json").toString()))
        .contains("--seed: cannot read");
  }

  /** Starts with {@code args} (port 0), expecting a usage failure; returns its message. */
  private static String startFailure(String... args) {
    EmulatorCommand command = new EmulatorCommand();
    String[] withPort = Arrays.copyOf(args, args.length + 2);
    withPort[args.length] = "--port";
    withPort[args.length + 1] = "0";
    new CommandLine(command).parseArgs(withPort);
    CliFailure failure = null;
    try (WebexEmulator started = command.start(new PrintWriter(new StringWriter(), true))) {
      assertThat(started).as("should not have started").isNull();
    } catch (CliFailure e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    assertThat(failure.exitCode()).isEqualTo(ExitCodes.USAGE);
    return failure.getMessage();
  }

  private static HttpResponse<String> call(
      WebexEmulator emulator, String token, String method, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(emulator.baseUri() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String guestJwt(String issuer, String base64Secret) throws Exception {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String header =
        url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    long exp = Instant.now().getEpochSecond() + 3600;
    String claims =
        "{\"sub\":\"guest\",\"name\":\"Guest\",\"iss\":\"" + issuer + "\",\"exp\":" + exp + "}";
    String payload = url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Secret), "HmacSHA256"));
    byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + "." + url.encodeToString(signature);
  }
}
