package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipartTest {
  private static final String TYPE = "multipart/form-data; boundary=\"XyZ\"";

  private static byte[] bytes(String text) {
    return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parsesFieldsAndFiles() {
    byte[] body =
        bytes(
            "--XyZ\nContent-Disposition: form-data; name=\"roomId\"\n\nabc\n"
                + "--XyZ\ncontent-disposition: form-data; name=\"files\"; filename=\"r\u00e9sum\u00e9.txt\"\n"
                + "Content-Type: text/plain\n\nline1\nline2\n--XyZ--\n");
    Multipart.Body parsed = Multipart.parse(TYPE, body);
    assertThat(parsed.fields()).containsEntry("roomId", "abc");
    assertThat(parsed.files()).hasSize(1);
    Multipart.FilePart file = parsed.files().get(0);
    assertThat(file.field()).isEqualTo("files");
    assertThat(file.filename()).isEqualTo("r\u00e9sum\u00e9.txt");
    assertThat(file.contentType()).isEqualTo("text/plain");
    assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).isEqualTo("line1\r\nline2");
  }

  @Test
  void keepsBinaryContentExact() {
    byte[] head =
        bytes("--XyZ\nContent-Disposition: form-data; name=\"files\"; filename=\"b\"\n\n");
    byte[] content = {0, (byte) 0xFF, 13, 10, '-', '-', 'X', 1};
    byte[] tail = bytes("\n--XyZ--");
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    Multipart.FilePart file = Multipart.parse(TYPE, body).files().get(0);
    assertThat(file.bytes()).isEqualTo(content);
    assertThat(file.contentType()).isEqualTo("application/octet-stream");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbage",
        "--XyZ",
        "--XyZ\nContent-Disposition: form-data; name=\"a\"\n\nno end",
        "--XyZ\nContent-Disposition: form-data; name=\"a\"\nvalue without blank line",
        "--XyZ\nX-Other: 1\n\nv\n--XyZ--",
        "--XyZ\nContent-Disposition: attachment; name=\"a\"\n\nv\n--XyZ--",
        "--XyZ\nContent-Disposition: form-data\n\nv\n--XyZ--",
        "--XyZ\nno colon here\n\nv\n--XyZ--",
        "--XyZjunk\n"
      })
  void rejectsMalformedBodiesWith400(String text) {
    assertThatThrownBy(() -> Multipart.parse(TYPE, bytes(text)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void rejectsInvalidUtf8FieldsAndMissingBoundary() {
    byte[] body = bytes("--XyZ\nContent-Disposition: form-data; name=\"text\"\n\n\u0000\n--XyZ--");
    body[body.length - 11] = (byte) 0xC3;
    assertThatThrownBy(() -> Multipart.parse(TYPE, body)).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> Multipart.parse("multipart/form-data", bytes("--XyZ--")))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("boundary");
    assertThatThrownBy(() -> Multipart.parse(null, bytes("--XyZ--")))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void limitsTheNumberOfParts() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append("--XyZ\nContent-Disposition: form-data; name=\"f").append(i).append("\"\n\nv\n");
    }
    text.append("--XyZ--");
    assertThatThrownBy(() -> Multipart.parse(TYPE, bytes(text.toString())))
        .hasMessageContaining("too many parts");
  }
}
