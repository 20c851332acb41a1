package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recordings of ended meeting instances. One MP4 recording per instance, owned by the meeting's
 * host; made by {@link #record(MeetingStore.Instance)} when a meeting with automatic recording ends
 * or when the control API ends a meeting.
 */
public final class RecordingStore implements Store {
  /** How long a temporary direct download link stays valid (REFERENCE 2.15: about 3 hours). */
  public static final Duration LINK_LIFETIME = Duration.ofHours(3);

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
      this.sizeBytes = durationSeconds * 125_000L;
      this.serviceType = serviceType;
      this.integrationTags = integrationTags;
    }
  }

  private final World world;
  private final Map<String, Recording> byId = new LinkedHashMap<>();

  RecordingStore(World world) {
    this.world = world;
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

  /** Deletes a recording permanently. */
  public void delete(Recording recording) {
    byId.remove(recording.id);
  }
}
