package io.github.webex4j.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A duration option or variable: {@code 30} (seconds), {@code 30s}, {@code 500ms}, {@code 2m}. */
public final class DurationOption implements ITypeConverter<Duration> {
  private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

  @Override
  public Duration convert(String value) {
    return parse(value).orElseThrow(() -> new TypeConversionException(problem(value)));
  }

  /** The duration {@code value} names, or empty if it is not one. */
  static java.util.Optional<Duration> parse(String value) {
    Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return java.util.Optional.of(
        switch (unit) {
          case "ms" -> Duration.ofMillis(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofSeconds(n);
        });
  }

  /** {@code 150 ms}, {@code 2 s}, {@code 2.1 s}: a duration as people write it. */
  static String human(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    long tenths = Math.round(millis / 100.0);
    return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10))
        + " s";
  }

  static String problem(String value) {
    return "'" + value + "' is not a duration: use e.g. 30 or 30s, 500ms, 2m";
  }
}
