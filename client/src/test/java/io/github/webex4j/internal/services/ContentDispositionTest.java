package io.github.webex4j.internal.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentDispositionTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "attachment; filename=\"report.pdf\"|report.pdf",
        "attachment; filename=report.pdf|report.pdf",
        "attachment;filename=\"a \\\"quoted\\\" name.txt\"|a _quoted_ name.txt",
        "attachment; filename*=UTF-8''na%C3%AFve%20file.txt|naïve file.txt",
        "attachment; filename=\"fallback.txt\"; filename*=utf-8''pr%C3%A9f%C3%A9r%C3%A9.txt|préféré.txt",
        "attachment; filename*=ISO-8859-1''x.txt; filename=\"plain.txt\"|plain.txt",
        "attachment; filename=\"../../etc/passwd\"|passwd",
        "attachment; filename=\"C:\\\\Users\\\\evil.bat\"|evil.bat",
        "attachment; filename=\"..\"|download",
        "attachment; filename=\"\"|download",
        "inline|download",
        "NULL|download",
      })
  void extractsASafeFileName(String header, String expected) {
    assertThat(ContentDisposition.fileName(header)).isEqualTo(expected);
  }
}
