package io.github.webex4j.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads an Adaptive Card (its {@code content} object, as designed at
 * https://adaptivecards.io/designer) from a JSON file for {@code messages send --card}. Reading a
 * local input file is the only JSON parsing the CLI does; requests are the client's job.
 */
public final class CardFile {
  private CardFile() {}

  /**
   * @param file a JSON file holding one object
   * @return the card content
   * @throws CliFailure exit 1 if the file cannot be read or is not a JSON object, naming the line
   *     and column of a syntax error
   */
  public static Map<String, Object> read(Path file) {
    try {
      return JsonMapper.builder().build().readValue(file.toFile(), new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new CliFailure(
          ExitCodes.USAGE,
          "--card: "
              + file
              + " is not a JSON object"
              + where
              + ": "
              + (e instanceof MismatchedInputException
                  ? "the card must be one object {...}"
                  : e.getOriginalMessage()));
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.USAGE, "--card: cannot read " + file + " (" + IoProblems.describe(e) + ")");
    }
  }
}
