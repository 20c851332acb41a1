package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.World;
import java.time.ZoneOffset;

/**
 * Control endpoint {@code POST /_emulator/meetings/{meetingId}/end}: ends a meeting series (its
 * current occurrence), an occurrence or an ad-hoc meeting as if it had been held for its scheduled
 * length, and records it. Answers 200 {@code {"meeting": <ended instance>, "recording":
 * <recording>}}.
 */
public final class MeetingsControlApi implements ApiFamily {
  private final World world;

  /** Creates the control family over {@code world}. */
  public MeetingsControlApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router.post("/meetings/{meetingId}/end", this::end);
  }

  private ApiResponse end(ApiRequest request) {
    Recording recording = MeetingEvents.endAndRecord(world, request.pathParam("meetingId"));
    MeetingsApi meetings = new MeetingsApi(world);
    ObjectNode body = Json.object();
    body.set("meeting", meetings.renderInstance(recording.instance, ZoneOffset.UTC));
    body.set("recording", RecordingsApi.render(recording, ZoneOffset.UTC));
    return ApiResponse.ok(body);
  }
}
