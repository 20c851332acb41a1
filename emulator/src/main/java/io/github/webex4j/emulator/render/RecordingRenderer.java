package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.LicenseStore;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import java.time.ZoneId;

/** Recordings as the API shows them. */
public final class RecordingRenderer {
  private RecordingRenderer() {}

  /** A recording as the list shows it. */
  public static ObjectNode render(Recording recording, ZoneId zone) {
    String rcid = recording.id;
    String site = "https://" + LicenseStore.SITE_URL + "/emulator";
    ObjectNode node = Json.object();
    node.put("id", recording.id);
    node.put("meetingId", recording.instance.id);
    node.put("scheduledMeetingId", recording.instance.scheduledMeetingId);
    node.put("meetingSeriesId", recording.instance.series.id);
    node.put("topic", recording.topic);
    node.put("createTime", MeetingRenderer.time(recording.createTime, zone));
    node.put("timeRecorded", MeetingRenderer.time(recording.instance.start, zone));
    node.put("siteUrl", LicenseStore.SITE_URL);
    node.put("downloadUrl", site + "/lsr.php?RCID=" + rcid);
    node.put("playbackUrl", site + "/ldr.php?RCID=" + rcid);
    node.put("password", recording.instance.series.password);
    node.put("format", "MP4");
    node.put("serviceType", recording.serviceType);
    node.put("durationSeconds", recording.durationSeconds);
    node.put("sizeBytes", recording.sizeBytes);
    node.put("shareToMe", false);
    if (recording.integrationTags != null) {
      node.set("integrationTags", recording.integrationTags);
    }
    node.put("status", recording.status.wire());
    return node;
  }
}
