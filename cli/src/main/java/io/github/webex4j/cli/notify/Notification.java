package io.github.webex4j.cli.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one notification shows, independent of its rendering (card or markdown).
 *
 * @param status the reported state
 * @param title headline, non-blank
 * @param summary free text (markdown), or null
 * @param facts label/value pairs, in order (values non-blank)
 * @param links buttons, in order
 * @param mentions emails of people to mention
 * @param log tail of the log file, or null
 * @param logName file name shown with the log, or null
 * @param notes short remarks about this notification itself (e.g. why the root was not edited)
 * @param marker hidden identity
 */
public record Notification(
    NotifyStatus status,
    String title,
    String summary,
    List<Fact> facts,
    List<Link> links,
    List<String> mentions,
    LogTail log,
    String logName,
    List<String> notes,
    Marker marker) {

  /** A fact of the card's fact set. */
  public record Fact(String label, String value) {
    /** Both non-blank. */
    public Fact {
      if (label == null || label.isBlank() || value == null || value.isBlank()) {
        throw new IllegalArgumentException("fact label and value must not be blank");
      }
    }
  }

  /** A link button. */
  public record Link(String label, String url) {
    /** Label non-blank; URL http(s). */
    public Link {
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("link label must not be blank");
      }
      if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
        throw new IllegalArgumentException("link URL must start with http:// or https://: " + url);
      }
    }
  }

  /** Copies the lists; status, title and marker are required. */
  public Notification {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(marker, "marker");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    summary = summary == null || summary.isBlank() ? null : summary.strip();
    facts = List.copyOf(facts);
    links = List.copyOf(links);
    mentions = List.copyOf(mentions);
    notes = List.copyOf(notes);
  }

  /** A copy with another log. */
  public Notification withLog(LogTail newLog) {
    return new Notification(
        status, title, summary, facts, links, mentions, newLog, logName, notes, marker);
  }

  /** A copy with another marker. */
  public Notification withMarker(Marker newMarker) {
    return new Notification(
        status, title, summary, facts, links, mentions, log, logName, notes, newMarker);
  }

  /** A copy with one more note. */
  public Notification withNote(String note) {
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    return new Notification(
        status, title, summary, facts, links, mentions, log, logName, more, marker);
  }
}
