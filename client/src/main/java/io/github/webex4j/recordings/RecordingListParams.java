package io.github.webex4j.recordings;

import io.github.webex4j.internal.util.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /recordings}. All components are optional (null = not sent). Without {@code
 * from}/{@code to} Webex lists the last 7 days; with only one of them, a 7-day window.
 *
 * @param pageSize recordings per page, 1 to 100 (sent as {@code max}; Webex default 10)
 * @param from start of the window (inclusive)
 * @param to end of the window (exclusive), not before {@code from}
 * @param meetingId only recordings of this series, occurrence or instance
 * @param hostEmail admin only: recordings of this host
 * @param siteUrl only recordings of this site (ignored with {@code meetingId})
 * @param integrationTag only recordings of meetings with this integration tag
 * @param topic only recordings with this topic (case-insensitive)
 * @param format only {@code MP4} or {@code ARF}
 * @param serviceType only recordings of this service
 * @param status {@code available} (Webex default), {@code deleted} (recycle bin) or {@code purged}
 */
public record RecordingListParams(
    @Nullable Integer pageSize,
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable String meetingId,
    @Nullable String hostEmail,
    @Nullable String siteUrl,
    @Nullable String integrationTag,
    @Nullable String topic,
    @Nullable RecordingFormat format,
    @Nullable RecordingServiceType serviceType,
    @Nullable RecordingStatus status) {
  /** Webex's maximum for {@code max}. */
  public static final int MAX_PAGE_SIZE = 100;

  /**
   * Checks the query's page size, time window and enum filters before any request.
   *
   * @throws IllegalArgumentException if {@code pageSize} is outside 1..100, {@code to} is before
   *     {@code from}, or an enum is {@code UNKNOWN} (or {@code format} is {@code UPLOADED})
   */
  public RecordingListParams {
    if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
      throw new IllegalArgumentException("pageSize (max) must be between 1 and " + MAX_PAGE_SIZE);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
    if (format == RecordingFormat.UNKNOWN || format == RecordingFormat.UPLOADED) {
      throw new IllegalArgumentException("format must be MP4 or ARF");
    }
    if (serviceType == RecordingServiceType.UNKNOWN) {
      throw new IllegalArgumentException("serviceType must not be UNKNOWN");
    }
    if (status == RecordingStatus.UNKNOWN) {
      throw new IllegalArgumentException("status must not be UNKNOWN");
    }
  }

  /** Server defaults: available recordings of the last 7 days, 10 per page. */
  public static RecordingListParams none() {
    return builder().build();
  }

  /** Recordings of one meeting series, occurrence or instance. */
  public static RecordingListParams ofMeeting(String meetingId) {
    Checks.notBlank(meetingId, "meetingId");
    return builder().meetingId(meetingId).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RecordingListParams}. */
  public static final class Builder {
    private Integer pageSize;
    private Instant from;
    private Instant to;
    private String meetingId;
    private String hostEmail;
    private String siteUrl;
    private String integrationTag;
    private String topic;
    private RecordingFormat format;
    private RecordingServiceType serviceType;
    private RecordingStatus status;

    private Builder() {}

    /** See {@link RecordingListParams#pageSize()}. */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** See {@link RecordingListParams#from()}. */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /** See {@link RecordingListParams#to()}. */
    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    /** See {@link RecordingListParams#meetingId()}. */
    public Builder meetingId(String meetingId) {
      this.meetingId = meetingId;
      return this;
    }

    /** See {@link RecordingListParams#hostEmail()}. */
    public Builder hostEmail(String hostEmail) {
      this.hostEmail = hostEmail;
      return this;
    }

    /** See {@link RecordingListParams#siteUrl()}. */
    public Builder siteUrl(String siteUrl) {
      this.siteUrl = siteUrl;
      return this;
    }

    /** See {@link RecordingListParams#integrationTag()}. */
    public Builder integrationTag(String integrationTag) {
      this.integrationTag = integrationTag;
      return this;
    }

    /** See {@link RecordingListParams#topic()}. */
    public Builder topic(String topic) {
      this.topic = topic;
      return this;
    }

    /** See {@link RecordingListParams#format()}. */
    public Builder format(RecordingFormat format) {
      this.format = format;
      return this;
    }

    /** See {@link RecordingListParams#serviceType()}. */
    public Builder serviceType(RecordingServiceType serviceType) {
      this.serviceType = serviceType;
      return this;
    }

    /** See {@link RecordingListParams#status()}. */
    public Builder status(RecordingStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Creates the query, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if a value is invalid
     */
    public RecordingListParams build() {
      return new RecordingListParams(
          pageSize,
          from,
          to,
          meetingId,
          hostEmail,
          siteUrl,
          integrationTag,
          topic,
          format,
          serviceType,
          status);
    }
  }
}
