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
import java.nio.file.Path;
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
}
