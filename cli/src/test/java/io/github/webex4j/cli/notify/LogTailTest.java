package io.github.webex4j.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {
  @TempDir Path dir;

  @Test
  void keepsTheLastLinesAndCountsWhatIsOmitted() throws IOException {
    Path log = write(numbered(100));
    LogTail tail = LogTail.read(log, 3, 10_000);
    assertThat(tail.lines()).containsExactly("line 98", "line 99", "line 100");
    assertThat(tail.totalLines()).isEqualTo(100);
    assertThat(tail.omittedLines()).isEqualTo(97);
    assertThat(tail.omittedBytes())
        .isEqualTo(Files.size(log) - "line 98\nline 99\nline 100\n".length());
    assertThat(tail.note())
        .isEqualTo(
            "last 3 of 100 lines; 97 earlier lines (" + tail.omittedBytes() + " bytes) omitted");
  }

  @Test
  void aShortLogIsKeptWhole() throws IOException {
    LogTail tail = LogTail.read(write("one\ntwo"), 30, 3000);
    assertThat(tail.lines()).containsExactly("one", "two");
    assertThat(tail.complete()).isTrue();
    assertThat(tail.note()).isEqualTo("whole log, 2 lines");
    assertThat(LogTail.read(write(""), 30, 3000).note()).isEqualTo("empty");
  }

  @Test
  void multiByteLinesAreCutAtLineBoundariesUnderTheByteBudget() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      lines.add(i + " \u00e9\u00e8 \u65e5\u672c\u8a9e \uD83D\uDE80 \u0444\u0430\u0439\u043b");
    }
    Path log = write(String.join("\n", lines) + "\n");
    for (int budget = 0; budget < 400; budget += 7) {
      LogTail tail = LogTail.read(log, 1000, budget);
      byte[] bytes = tail.text().getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length).isLessThanOrEqualTo(budget);
      assertThat(isValidUtf8(bytes)).isTrue();
      assertThat(tail.text().contains("\uFFFD")).isFalse();
      // whole lines only: the kept lines are exactly the file's last lines
      assertThat(tail.lines()).isEqualTo(lines.subList(500 - tail.lines().size(), 500));
      // and as many as fit
      int next = tail.lines().size() + 1;
      String oneMore = String.join("\n", lines.subList(500 - next, 500));
      assertThat(oneMore.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(budget);
    }
  }

  @Test
  void aLastLineOverTheBudgetKeepsNothingAndSaysSo() throws IOException {
    LogTail tail = LogTail.read(write("short\n" + "x".repeat(500)), 30, 100);
    assertThat(tail.lines()).isEmpty();
    assertThat(tail.omittedLines()).isEqualTo(2);
    assertThat(tail.note()).startsWith("the last line alone is over the size limit; 2 lines");
  }

  @Test
  void removesAnsiCodesCarriageReturnsAndInvalidBytes() throws IOException {
    Path log = dir.resolve("raw.log");
    byte[] text = "\u001B[31mERROR\u001B[0m boom\r\nok\tdone\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 2];
    System.arraycopy(text, 0, bytes, 0, text.length);
    bytes[text.length] = (byte) 0xC3; // truncated two-byte sequence
    bytes[text.length + 1] = 'z';
    Files.write(log, bytes);
    LogTail tail = LogTail.read(log, 30, 3000);
    assertThat(tail.lines()).containsExactly("ERROR boom", "ok\tdone", "\uFFFDz");
  }

  @Test
  void aHugeLogReadsOnlyItsEnd() throws IOException {
    Path log = write(numbered(200_000));
    LogTail tail = LogTail.read(log, 30, 3000);
    assertThat(tail.lines()).hasSize(30).endsWith("line 200000");
    assertThat(tail.totalLines()).isEqualTo(200_000);
  }

  private Path write(String content) throws IOException {
    Path file = Files.createTempFile(dir, "build", ".log");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String numbered(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      text.append("line ").append(i).append('\n');
    }
    return text.toString();
  }

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}
