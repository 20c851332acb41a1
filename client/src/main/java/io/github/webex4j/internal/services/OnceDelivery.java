package io.github.webex4j.internal.services;

import io.github.webex4j.DeliveryUnknownException;
import io.github.webex4j.RateLimitException;
import io.github.webex4j.ServerException;
import io.github.webex4j.Sleeper;
import io.github.webex4j.WebexDecodingException;
import io.github.webex4j.WebexException;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.http.ResponseTimeoutException;
import io.github.webex4j.messages.DirectMessageListParams;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.messages.Messages;
import io.github.webex4j.people.People;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a message exactly once under faults: sends, and after a failure that leaves open whether
 * Webex stored it (5xx, reset, timeout, an unreadable 2xx body) waits, looks for it among the
 * sender's recent messages at the destination and sends again only if it is absent (a look that
 * fails on the server or the network is repeated, up to {@link #LOOK_ATTEMPTS} times). The outcome
 * is true: a returned message is in the room; a thrown {@link WebexException} means it is not (as
 * far as the last look could tell); {@link DeliveryUnknownException} means the look itself failed.
 *
 * <p>A message is recognised by sender, destination, thread, text and markdown (and having files or
 * a card if the params have them), created at most {@link #CLOCK_SKEW} before the first send. [?]
 * Assumes Webex lists a stored message at once and echoes {@code text}/{@code markdown} as sent
 * (both hold on the emulator; not documented). Limits: an identical message from the same sender
 * within that window counts as this one; a request the server holds longer than the look period
 * after a timeout and then stores can still land twice.
 */
final class OnceDelivery {
  /** Sends at most this many times. */
  static final int ATTEMPTS = 3;

  /** How far a Webex timestamp may run behind the local clock [?]. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  /** How many recent messages are looked through at most. */
  static final int LOOK_LIMIT = 100;

  /** Looks at most this many times after one failed send when looking itself fails. */
  static final int LOOK_ATTEMPTS = 3;

  private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

  private final Messages messages;
  private final People people;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Duration requestTimeout;
  private final System.Logger log;
  private String me;

  OnceDelivery(
      Messages messages,
      People people,
      Sleeper sleeper,
      Clock clock,
      Duration requestTimeout,
      System.Logger log) {
    this.messages = messages;
    this.people = people;
    this.sleeper = sleeper;
    this.clock = clock;
    this.requestTimeout = requestTimeout;
    this.log = log;
  }

  Message create(MessageCreateParams params) {
    Instant since = clock.instant().minus(CLOCK_SKEW);
    WebexException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return messages.create(params);
      } catch (WebexException e) {
        if (!e.requestMayHaveActed()) {
          throw e;
        }
        last = e;
        Optional<Message> found = lookAfter(e, params, since, attempt);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    throw last;
  }

  /**
   * Waits and looks for the message. After a timeout the server may still be working on the
   * request, so it looks several times, with doubling waits, over one request timeout.
   */
  private Optional<Message> lookAfter(
      WebexException failure, MessageCreateParams params, Instant since, int attempt) {
    Duration wait = firstWait(failure, attempt);
    Duration looked = Duration.ZERO;
    boolean timedOut = failure.getCause() instanceof ResponseTimeoutException;
    int lookFailures = 0;
    while (true) {
      logLook(failure, wait);
      sleep(wait);
      looked = looked.plus(wait);
      Optional<Message> found;
      try {
        found = find(params, since);
      } catch (WebexException checkFailure) {
        if (!transientFailure(checkFailure) || ++lookFailures >= LOOK_ATTEMPTS) {
          throw new DeliveryUnknownException(failure, checkFailure);
        }
        wait = FIRST_WAIT.multipliedBy(1L << lookFailures);
        continue;
      }
      if (found.isPresent() || !timedOut || looked.compareTo(requestTimeout) >= 0) {
        return found;
      }
      wait = wait.multipliedBy(2);
    }
  }

  /** A failed look worth repeating: the server or the network, not a refusal (403, 404). */
  private static boolean transientFailure(WebexException e) {
    return e instanceof ServerException
        || e instanceof WebexIoException
        || e instanceof WebexDecodingException
        || e instanceof RateLimitException;
  }

  private static Duration firstWait(WebexException failure, int attempt) {
    if (failure instanceof io.github.webex4j.WebexApiException api
        && api.retryAfter().isPresent()) {
      return api.retryAfter().get();
    }
    return FIRST_WAIT.multipliedBy(1L << (attempt - 1));
  }

  private Optional<Message> find(MessageCreateParams params, Instant since) {
    if (me == null) {
      me = people.me().id();
    }
    Iterator<Message> recent = recent(params).iterator();
    for (int seen = 0; seen < LOOK_LIMIT && recent.hasNext(); seen++) {
      Message message = recent.next();
      if (message.created() != null && message.created().isBefore(since)) {
        break;
      }
      if (matches(message, params)) {
        return Optional.of(message);
      }
    }
    return Optional.empty();
  }

  private Iterable<Message> recent(MessageCreateParams params) {
    if (params.roomId() != null) {
      MessageListParams.Builder list =
          MessageListParams.builder().roomId(params.roomId()).pageSize(50);
      if (params.parentId() != null) {
        list.parentId(params.parentId());
      }
      return messages.list(list.build()).autoPager();
    }
    DirectMessageListParams direct =
        params.toPersonId() != null
            ? DirectMessageListParams.byPersonId(params.toPersonId())
            : DirectMessageListParams.byPersonEmail(params.toPersonEmail());
    return messages.listDirect(direct).autoPager();
  }

  private boolean matches(Message message, MessageCreateParams params) {
    boolean withFile = params.file() != null || params.fileUrl() != null;
    return me.equals(message.personId())
        && Objects.equals(params.parentId(), message.parentId())
        && (params.markdown() != null
            ? same(params.markdown(), message.markdown())
            : same(params.text(), message.text()))
        && (params.text() == null
            || params.markdown() == null
            || same(params.text(), message.text()))
        && (!withFile || !message.files().isEmpty())
        && (params.card() == null || !message.attachments().isEmpty());
  }

  private static boolean same(String sent, String stored) {
    return sent == null ? stored == null : stored != null && sent.strip().equals(stored.strip());
  }

  /**
   * One {@code INFO} line per wait: {@code POST messages: <status or "no answer">, looking for the
   * sent message in <n> ms}.
   */
  private void logLook(WebexException failure, Duration wait) {
    log.log(
        System.Logger.Level.INFO,
        () ->
            "POST messages: "
                + (failure instanceof io.github.webex4j.WebexApiException api
                    ? String.valueOf(api.statusCode())
                    : "no answer")
                + ", looking for the sent message in "
                + wait.toMillis()
                + " ms");
  }

  private void sleep(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebexIoException("interrupted while waiting to look for the message", e);
    }
  }
}
