package io.github.webex4j.cli.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden identity of one notification, embedded in the message so that it can be found again by
 * searching the room: which thread it belongs to, which notification it is, and whether it is the
 * thread's root. Text form: {@code webex4j-notify:<thread>:<notification>:<role>}, where {@code
 * thread} is 16 hex digits derived from the thread key and destination (or {@code -}).
 *
 * @param thread thread hash (16 lower-case hex digits), or null for a message outside threads
 * @param notification unique id of this notification (a UUID)
 * @param role {@code root}, {@code reply} or {@code single}
 */
public record Marker(String thread, String notification, Role role) {
  private static final Pattern TEXT =
      Pattern.compile(
          "webex4j-notify:([0-9a-f]{16}|-):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
              + "[0-9a-f]{12}):(root|reply|single)");

  /** What a notification is within its thread. */
  public enum Role {
    /** The first message of a thread. */
    ROOT,
    /** A message in a thread (also a file posted as a reply). */
    REPLY,
    /** A message outside any thread. */
    SINGLE
  }

  /** Checks the shape of the components. */
  public Marker {
    if (notification == null || role == null) {
      throw new IllegalArgumentException("notification and role are required");
    }
    if ((thread == null) != (role == Role.SINGLE)) {
      throw new IllegalArgumentException("only single notifications have no thread");
    }
  }

  /**
   * A new notification in {@code thread} (null: outside threads) with a random id: a version-4 UUID
   * from {@link ThreadLocalRandom}, since the id must be unique, not secret, and {@link
   * UUID#randomUUID()}'s {@code SecureRandom} set-up is a measurable part of a notification's
   * start.
   */
  public static Marker create(String thread, Role role) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0b11L << 62)) | (0b10L << 62);
    return new Marker(thread, new UUID(high, low).toString(), role);
  }

  /**
   * The thread hash of a thread key in a destination: 16 hex digits of SHA-256 over both, so the
   * same key in two rooms gives two threads.
   */
  public static String threadHash(String threadKey, String destination) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((threadKey + "\n" + destination).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The text form embedded in messages. */
  public String text() {
    return "webex4j-notify:"
        + (thread == null ? "-" : thread)
        + ":"
        + notification
        + ":"
        + role.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The markdown line that carries the marker without being shown (a link reference definition).
   */
  public String markdownLine() {
    // [?] CommonMark renders reference definitions as nothing; assumed for Webex's renderer too.
    return "[//]: # (" + text() + ")";
  }

  /** The first marker found in {@code text}, if any. */
  public static Optional<Marker> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TEXT.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String thread = m.group(1).equals("-") ? null : m.group(1);
    Role role = Role.valueOf(m.group(3).toUpperCase(Locale.ROOT));
    try {
      return Optional.of(new Marker(thread, m.group(2), role));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
