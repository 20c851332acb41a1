package io.github.webex4j.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.webex4j.internal.LinkHeader;
import io.github.webex4j.internal.util.Json;
import io.github.webex4j.messages.Message;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Decoding a 100-message page and parsing Link headers, with plain Jackson for comparison. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPathBenchmarks {
  private final String page = messagePage(100);
  private final List<String> link =
      List.of(
          "<https://webexapis.com/v1/messages?roomId=Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQ"
              + "&max=100&beforeMessage=Y2lzY29zcGFyazovL3VzL01FU1NBR0UvOTJkYjNiZTAtNDNiZC0xMWU2>;"
              + " rel=\"next\"");
  private final List<String> twoLinks =
      List.of(
          "<https://webexapis.com/v1/people?max=10&cursor=abc>; rel=\"first\","
              + " <https://webexapis.com/v1/people?max=10&cursor=bcd>; rel=\"next\"");
  private final ObjectMapper plain =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final JavaType baselinePage =
      plain
          .getTypeFactory()
          .constructParametricType(Baseline.Items.class, Baseline.BaselineMessage.class);

  @Benchmark
  public List<Message> decodePage100Webex4j() throws Exception {
    return Json.readItems(page, Message.class);
  }

  @Benchmark
  public Object decodePage100PlainJackson() throws Exception {
    return plain.readValue(page, baselinePage);
  }

  @Benchmark
  public Optional<String> linkNext() {
    return LinkHeader.next(link);
  }

  @Benchmark
  public Optional<String> linkNextAmongTwo() {
    return LinkHeader.next(twoLinks);
  }

  /** A page shaped like the emulator's and the OpenAPI example's messages. */
  static String messagePage(int count) {
    StringBuilder json = new StringBuilder("{\"items\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(
              "{\"id\":\"Y2lzY29zcGFyazovL3VzL01FU1NBR0UvOTJkYjNiZTAtNDNiZC0xMWU2LThhZTktZGQ1YjNkZmM1NjV")
          .append(i)
          .append(
              "\",\"roomId\":\"Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0\"")
          .append(",\"roomType\":\"group\",\"text\":\"Build 42 passed: 1234 tests, 0 failures (")
          .append(i)
          .append(
              ")\",\"markdown\":\"**Build 42** passed\",\"html\":\"<p><strong>Build 42</strong> passed</p>\"")
          .append(
              ",\"files\":[\"https://webexapis.com/v1/contents/Y2lzY29zcGFyazovL3VzL0NPTlRFTlQv\"]")
          .append(
              ",\"personId\":\"Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY\"")
          .append(",\"personEmail\":\"matt@example.com\"")
          .append(
              ",\"mentionedPeople\":[\"Y2lzY29zcGFyazovL3VzL1BFT1BMRS8yNDlmNzRkOS1kYjhhLTQzY2EtODk2Yi04NzllZDI0MGFjNTM\"]")
          .append(",\"created\":\"2026-11-27T23:")
          .append(String.format("%02d", i % 60))
          .append(":01.123Z\",\"isVoiceClip\":false}");
    }
    return json.append("]}").toString();
  }
}
