package io.github.webex4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.WebexConfigurationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvTest {
  @TempDir Path dir;

  @Test
  void parsesQuotesCommentsExportAndBlankLines() {
    Map<String, String> values =
        DotEnv.parse(
            "# comment\n"
                + "\n"
                + "PLAIN=abc\n"
                + "export EXPORTED=def\n"
                + "DOUBLE=\"a b # not comment\"\n"
                + "SINGLE='x \\n y'\n"
                + "ESCAPED=\"q\\\"uote\\\\ line\\nnext\"\n"
                + "TRAILING=value # comment\n"
                + "  SPACED  =  padded  \n"
                + "EMPTY=\n"
                + "HASH=a#b\n"
                + "QUOTED_COMMENT=\"v\" # done\n",
            ".env");

    assertThat(values)
        .containsEntry("PLAIN", "abc")
        .containsEntry("EXPORTED", "def")
        .containsEntry("DOUBLE", "a b # not comment")
        .containsEntry("SINGLE", "x \\n y")
        .containsEntry("ESCAPED", "q\"uote\\ line\nnext")
        .containsEntry("TRAILING", "value")
        .containsEntry("SPACED", "padded")
        .containsEntry("EMPTY", "")
        .containsEntry("HASH", "a#b")
        .containsEntry("QUOTED_COMMENT", "v")
        .hasSize(10);
  }

  @Test
  void handlesCrlfAndBom() throws Exception {
    Path file = dir.resolve(".env");
    Files.write(
        file, "\uFEFFWEBEX_API_TOKEN=abc\r\nOTHER=\"x\"\r\n".getBytes(StandardCharsets.UTF_8));

    assertThat(DotEnv.read(file)).isEqualTo(Map.of("WEBEX_API_TOKEN", "abc", "OTHER", "x"));
  }

  @Test
  void laterDuplicateWins() {
    assertThat(DotEnv.parse("A=1\nA=2\n", ".env")).containsEntry("A", "2");
  }

  @Test
  void missingFileIsEmpty() {
    assertThat(DotEnv.read(dir.resolve("absent.env"))).isEmpty();
  }

  @Test
  void unreadableFileIsConfigurationError() {
    // A directory cannot be read as a file (permissions cannot be relied on when tests run as
    // root).
    assertThatThrownBy(() -> DotEnv.read(dir))
        .isInstanceOf(WebexConfigurationException.class)
        .hasMessageContaining("could not be read");
  }

  @Test
  void malformedLineIsReportedByNumberWithoutItsValue() {
    String secret = "tok-SECRET-in-bad-line";
    assertThatThrownBy(() -> DotEnv.parse("A=1\n# ok\n" + secret + "\n", "/x/.env"))
        .isInstanceOf(WebexConfigurationException.class)
        .hasMessageContaining("/x/.env line 3")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
    assertThatThrownBy(() -> DotEnv.parse("TOKEN=\"" + secret + "\n", ".env"))
        .hasMessageContaining("line 1")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
    assertThatThrownBy(() -> DotEnv.parse("BAD KEY=" + secret, ".env"))
        .hasMessageContaining("line 1")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
  }
}
