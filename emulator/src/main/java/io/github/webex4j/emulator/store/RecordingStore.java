package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recordings of ended meeting instances. One MP4 recording per instance, owned by the meeting's
 * host; made by {@link #record(MeetingStore.Instance)} when a meeting with automatic recording ends
 * or when the control API ends a meeting.
 */
public final class RecordingStore implements Store {
  /** How long a temporary direct download link stays valid (REFERENCE 2.15: about 3 hours). */
  public static final Duration LINK_LIFETIME = Duration.ofHours(3);

  /**
   * Size of a recording per recorded second. Kept small on purpose (a 40-minute meeting gives
   * 240,000 bytes) so tests can download recordings end to end; real MP4s are far larger.
   */
  public static final long BYTES_PER_SECOND = 100;

  /** Where a recording is: listed, in the recycle bin, or purged from it. */
  public enum Status {
    AVAILABLE,
    DELETED,
    PURGED;

    /** The wire value ({@code available}, {@code deleted}, {@code purged}). */
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One recording. Mutable status only; guarded by the {@link World} lock. */
  public static final class Recording {
    public final String id;
    public final MeetingStore.Instance instance;
    public final String hostId;
    public final String topic;
    public final Instant createTime;
    public final long durationSeconds;
    public final long sizeBytes;
    public final String serviceType;
    public final JsonNode integrationTags;
    public Status status = Status.AVAILABLE;

    Recording(
        String id,
        MeetingStore.Instance instance,
        Instant createTime,
        String serviceType,
        JsonNode integrationTags) {
      this.id = id;
      this.instance = instance;
      this.hostId = instance.series.hostId;
      this.topic = instance.title;
      this.createTime = createTime;
      this.durationSeconds = Duration.between(instance.start, instance.end).toSeconds();
      this.sizeBytes = durationSeconds * BYTES_PER_SECOND;
      this.serviceType = serviceType;
      this.integrationTags = integrationTags;
    }
  }

  private final World world;
  private final Map<String, Recording> byId = new LinkedHashMap<>();
  private final byte[] ticketKey;

  RecordingStore(World world) {
    this.world = world;
    this.ticketKey = world.derivedKey("recording-download-tickets");
  }

  @Override
  public void clear() {
    byId.clear();
  }

  /** Records an ended instance; a webinar's recording belongs to the Event Center service. */
  public Recording record(MeetingStore.Instance instance) {
    String serviceType =
        "webinar".equals(instance.series.scheduledType) ? "EventCenter" : "MeetingCenter";
    Recording recording =
        new Recording(
            world.ids().uuid().toString().replace("-", ""),
            instance,
            world.timestamps().next(),
            serviceType,
            instance.series.settings.get("integrationTags"));
    instance.hasRecording = true;
    byId.put(recording.id, recording);
    return recording;
  }

  /** Every recording, newest first. */
  public List<Recording> newestFirst() {
    List<Recording> out = new ArrayList<>(byId.values());
    out.sort((a, b) -> b.createTime.compareTo(a.createTime));
    return out;
  }

  /** The recording with {@code id}, if any. */
  public Optional<Recording> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /**
   * The recording with {@code id} as {@code caller} may read or delete it.
   *
   * @throws RuleViolation 404 when it is purged, or the caller is neither its host, an admin nor a
   *     compliance officer
   */
  public Recording visibleTo(Person caller, String id) {
    return find(id)
        .filter(r -> r.status != Status.PURGED)
        .filter(r -> r.hostId.equals(caller.id) || caller.isAdmin() || caller.complianceOfficer)
        .orElseThrow(() -> RuleViolation.notFound("Recording not found."));
  }

  /**
   * The recording with {@code id} as its host may move it in or out of the recycle bin.
   *
   * @throws RuleViolation 404 (naming the id) when it is purged or {@code host} is not its host
   */
  public Recording hostedBy(Person host, String id) {
    return find(id)
        .filter(r -> r.hostId.equals(host.id) && r.status != Status.PURGED)
        .orElseThrow(() -> RuleViolation.notFound("Recording not found: " + id));
  }

  /**
   * The ticket of a temporary download link: a hex HMAC-SHA256 over the recording id, the media (0
   * video, 1 audio, 2 transcript) and the expiry, so links cannot be forged or extended.
   */
  public String ticket(String recordingId, int media, long expiresEpochMillis) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(ticketKey, "HmacSHA256"));
      String input = recordingId + "|" + media + "|" + expiresEpochMillis;
      return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /**
   * The recording a temporary download link names, when its ticket is genuine and unexpired on the
   * emulator clock.
   *
   * @throws RuleViolation 403 for a wrong or expired ticket, 404 for an unknown recording
   */
  public Recording redeem(String recordingId, int media, long expiresEpochMillis, String ticket) {
    String expected = ticket(String.valueOf(recordingId), media, expiresEpochMillis);
    if (ticket == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            ticket.getBytes(StandardCharsets.US_ASCII))) {
      throw RuleViolation.forbidden("The download ticket is not valid.");
    }
    if (!world.clock().instant().isBefore(Instant.ofEpochMilli(expiresEpochMillis))) {
      throw RuleViolation.forbidden("The download link has expired.");
    }
    return find(recordingId).orElseThrow(() -> RuleViolation.notFound("Recording not found."));
  }

  /**
   * Moves {@code recordings} from status {@code from} to {@code to} (the recycle bin's soft delete,
   * restore and purge), all or none.
   *
   * @throws RuleViolation 400 naming the first recording not in status {@code from}
   */
  public void move(List<Recording> recordings, Status from, Status to) {
    for (Recording recording : recordings) {
      if (recording.status != from) {
        throw RuleViolation.badRequest(
            "Recording "
                + recording.id
                + " is "
                + recording.status.wire()
                + ", not "
                + from.wire()
                + ".");
      }
    }
    recordings.forEach(recording -> recording.status = to);
  }

  /** Deletes a recording permanently. */
  public void delete(Recording recording) {
    byId.remove(recording.id);
  }

  /** Puts a snapshot's recording back; its instance now has a recording. */
  void restore(Recording recording) {
    recording.instance.hasRecording = true;
    byId.put(recording.id, recording);
  }
}
