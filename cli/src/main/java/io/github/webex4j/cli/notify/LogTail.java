package io.github.webex4j.cli.notify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The end of a log file: its last whole lines, at most {@code maxLines} and at most {@code
 * maxBytes} UTF-8 bytes joined with {@code \n}. Lines are never cut; ANSI colour codes, carriage
 * returns and other control characters (except tab) are removed; bytes that are not UTF-8 become
 * U+FFFD. Only the end of the file is held in memory; the file is scanned once to count its lines.
 *
 * @param lines the kept lines, oldest first
 * @param totalLines lines in the whole file
 * @param omittedLines lines before the kept ones
 * @param omittedBytes bytes of the file before the kept lines
 */
public record LogTail(List<String> lines, long totalLines, long omittedLines, long omittedBytes) {
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B[@-_]");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\t]]");

  /** Copies {@code lines}. */
  public LogTail {
    lines = List.copyOf(lines);
  }

  /**
   * Reads the tail of {@code file}.
   *
   * @param maxLines at most this many lines (0 or more)
   * @param maxBytes at most this many UTF-8 bytes of text (0 or more)
   * @throws IOException if the file cannot be read
   */
  public static LogTail read(Path file, int maxLines, int maxBytes) throws IOException {
    if (maxLines < 0 || maxBytes < 0) {
      throw new IllegalArgumentException("maxLines and maxBytes must not be negative");
    }
    long size = Files.size(file);
    long totalLines = countLines(file);
    // Cleaning only shrinks lines, so the kept text is within the last maxBytes raw bytes, plus
    // some room for removed escape codes; one byte more tells whether the window starts a line.
    long window = Math.min(size, 4L * maxBytes + 1);
    long windowStart = size - window;
    byte[] bytes = readRange(file, windowStart, (int) window);

    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\n') {
      end--; // a final newline ends the last line; it does not start an empty one
    }
    List<Integer> starts = new ArrayList<>();
    int from = 0;
    if (windowStart > 0) {
      int newline = indexOf(bytes, 0);
      // the window's first line is partial; without another line start nothing whole fits
      from = newline < 0 || newline >= end ? -1 : newline + 1;
    } else if (size == 0) {
      from = -1;
    }
    for (int i = from; i >= 0; ) {
      starts.add(i);
      int newline = indexOf(bytes, i);
      i = newline < 0 || newline >= end ? -1 : newline + 1;
    }

    List<String> kept = new ArrayList<>();
    int used = 0;
    int firstKept = end;
    for (int k = starts.size() - 1; k >= 0 && kept.size() < maxLines; k--) {
      int start = starts.get(k);
      int stop = k + 1 < starts.size() ? starts.get(k + 1) - 1 : end;
      String line = clean(decode(bytes, start, stop - start));
      int cost = Texts.utf8Length(line) + (kept.isEmpty() ? 0 : 1);
      if (used + cost > maxBytes) {
        break;
      }
      used += cost;
      kept.add(0, line);
      firstKept = start;
    }
    long omittedBytes = kept.isEmpty() ? size : windowStart + firstKept;
    return new LogTail(kept, totalLines, totalLines - kept.size(), omittedBytes);
  }

  /** The kept lines joined with {@code \n}. */
  public String text() {
    return String.join("\n", lines);
  }

  /** Whether every line of the file is kept. */
  public boolean complete() {
    return omittedLines == 0;
  }

  /**
   * What is shown, as a phrase: {@code whole log, 12 lines}, {@code last 30 of 1,204 lines; 1,174
   * earlier lines (98,765 bytes) omitted}, {@code empty}, or why nothing fits.
   */
  public String note() {
    if (totalLines == 0) {
      return "empty";
    }
    if (complete()) {
      return "whole log, " + Texts.count(totalLines) + (totalLines == 1 ? " line" : " lines");
    }
    if (lines.isEmpty()) {
      return "the last line alone is over the size limit; "
          + Texts.count(omittedLines)
          + " lines ("
          + Texts.count(omittedBytes)
          + " bytes) omitted";
    }
    return "last "
        + Texts.count(lines.size())
        + " of "
        + Texts.count(totalLines)
        + " lines; "
        + Texts.count(omittedLines)
        + " earlier lines ("
        + Texts.count(omittedBytes)
        + " bytes) omitted";
  }

  private static long countLines(Path file) throws IOException {
    long lines = 0;
    int last = -1;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        if (n > 0) {
          last = buffer[n - 1];
        }
      }
    }
    return last >= 0 && last != '\n' ? lines + 1 : lines;
  }

  private static byte[] readRange(Path file, long start, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      channel.position(start);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // keep reading until the window is full or the file ends
      }
    }
    byte[] bytes = new byte[buffer.position()];
    buffer.flip().get(bytes);
    return bytes;
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static String decode(byte[] bytes, int offset, int length) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("REPLACE decoding cannot fail", e);
    }
  }

  private static String clean(String line) {
    return CONTROL.matcher(ANSI.matcher(line).replaceAll("")).replaceAll("");
  }
}
