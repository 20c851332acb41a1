package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.webex4j.WebexIoException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** What lists print when they are empty or fail part-way. */
class OutputTest {
  record Row(String id, String title) {}

  record WithExtra(String id, List<String> files, Map<String, Object> extra) {}

  private final StringWriter text = new StringWriter();

  private Output output(Output.Format format, boolean terminal) {
    return new Output(format, new PrintWriter(text), terminal);
  }

  /** One row, then the next page fails. */
  private static Iterable<Row> failingOnPageTwo() {
    return () ->
        new Iterator<>() {
          private int served;

          @Override
          public boolean hasNext() {
            if (served == 1) {
              throw new WebexIoException("GET /rooms?cursor=2 failed: connection reset", null);
            }
            return true;
          }

          @Override
          public Row next() {
            if (served++ > 0) {
              throw new NoSuchElementException();
            }
            return new Row("r1", "Dev Room");
          }
        };
  }

  @Test
  void aFailureOnPageTwoLeavesOneValidJsonArrayOfWhatWasRead() throws Exception {
    assertThatThrownBy(() -> output(Output.Format.json, false).list(failingOnPageTwo(), List.of()))
        .isInstanceOf(WebexIoException.class);

    JsonNode printed = JsonMapper.builder().build().readTree(text.toString());
    assertThat(printed.isArray()).isTrue();
    assertThat(printed).hasSize(1);
    assertThat(printed.get(0).get("id").asText()).isEqualTo("r1");
  }

  @Test
  void aFailingTablePrintsNothing() {
    assertThatThrownBy(
            () -> output(Output.Format.table, false).list(failingOnPageTwo(), List.of("id")))
        .isInstanceOf(WebexIoException.class);

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void anEmptyTablePrintsNothingWhenPipedAndSaysNoneOnATerminal() {
    output(Output.Format.table, false).list(List.of(), List.of("id", "title"));
    assertThat(text.toString()).isEmpty();

    output(Output.Format.table, true).list(List.of(), List.of("id", "title"));
    assertThat(text.toString()).isEqualTo("(none)" + System.lineSeparator());
  }

  @Test
  void aRecordTableLeavesOutEmptyFieldsAndShowsFilledExtras() {
    output(Output.Format.table, false).item(new WithExtra("m1", List.of(), Map.of()));
    assertThat(text.toString()).isEqualTo("id  m1" + System.lineSeparator());

    text.getBuffer().setLength(0);
    output(Output.Format.table, false).item(new WithExtra("m2", List.of(), Map.of("new", 1)));
    assertThat(text.toString())
        .isEqualTo(
            "id     m2" + System.lineSeparator() + "extra  {\"new\":1}" + System.lineSeparator());
  }
}
