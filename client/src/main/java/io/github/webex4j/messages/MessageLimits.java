package io.github.webex4j.messages;

import java.nio.charset.StandardCharsets;

/** Documented limits of message bodies, checked before any request. */
final class MessageLimits {
  /** Maximum size of {@code text} and of {@code markdown}, in UTF-8 bytes. */
  static final int MAX_BYTES = 7439;

  private MessageLimits() {}

  static void checkSize(String field, String value) {
    if (value == null) {
      return;
    }
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw new IllegalArgumentException(
          field + " is " + bytes + " UTF-8 bytes; Webex allows at most " + MAX_BYTES);
    }
  }
}
