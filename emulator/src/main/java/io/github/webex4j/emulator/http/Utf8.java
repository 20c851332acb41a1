package io.github.webex4j.emulator.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: invalid input is a 400, never a replacement character. */
public final class Utf8 {
  private Utf8() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param what names the input in the error message
   * @throws ApiException 400 for invalid UTF-8
   */
  public static String decode(byte[] bytes, String what) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("The " + what + " is not valid UTF-8.");
    }
  }
}
