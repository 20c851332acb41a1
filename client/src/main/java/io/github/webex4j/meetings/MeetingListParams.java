package io.github.webex4j.meetings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /meetings}. All components are optional (null = not sent). {@code
 * meetingNumber}, {@code webLink} and {@code roomId} are mutually exclusive and make Webex ignore
 * most other filters. Without {@code from}/{@code to} Webex lists a 7-day window (series: now to
 * now + 7 days; {@code meetingType=meeting}: now - 7 days to now). The {@code has*} and {@code
 * isModified} filters apply to ended instances / scheduled meetings only.
 *
 * @param meetingNumber meeting number to look up
 * @param webLink meeting link to look up
 * @param roomId space whose meetings to list
 * @param meetingSeriesId list the occurrences or instances of this series
 * @param pageSize meetings per page, 1 to 100 (sent as {@code max}; Webex default 10)
 * @param from start of the window (inclusive)
 * @param to end of the window (exclusive), not before {@code from}
 * @param meetingType series (Webex default), scheduled meetings or meeting instances
 * @param state only meetings in this state
 * @param scheduledType only meetings, webinars or personal room meetings
 * @param isModified only (un)modified scheduled meetings
 * @param hasChat only instances with (or without) chat
 * @param hasRecording only instances with (or without) a recording
 * @param hasTranscription only instances with (or without) a transcript
 * @param hasSummary only instances with (or without) a summary
 * @param hasClosedCaption only instances with (or without) closed captions
 * @param hasPolls only instances with (or without) polls
 * @param hasQA only instances with (or without) Q&amp;A
 * @param hasSlido only instances with (or without) Slido interactions
 * @param current for a series lookup: the current scheduled meeting (Webex default true) or the
 *     whole series
 * @param hostEmail admin only: list as this host
 * @param siteUrl only meetings of this Webex site
 * @param integrationTag only meetings with this integration tag
 */
public record MeetingListParams(
    @Nullable String meetingNumber,
    @Nullable String webLink,
    @Nullable String roomId,
    @Nullable String meetingSeriesId,
    @Nullable Integer pageSize,
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable MeetingType meetingType,
    @Nullable MeetingState state,
    @Nullable ScheduledType scheduledType,
    @Nullable Boolean isModified,
    @Nullable Boolean hasChat,
    @Nullable Boolean hasRecording,
    @Nullable Boolean hasTranscription,
    @Nullable Boolean hasSummary,
    @Nullable Boolean hasClosedCaption,
    @Nullable Boolean hasPolls,
    @Nullable Boolean hasQA,
    @Nullable Boolean hasSlido,
    @Nullable Boolean current,
    @Nullable String hostEmail,
    @Nullable String siteUrl,
    @Nullable String integrationTag) {
  /** Webex's maximum for {@code max}. */
  public static final int MAX_PAGE_SIZE = 100;

  /**
   * Checks the query before any request: at most one meeting lookup, a valid page size and time
   * window.
   *
   * @throws IllegalArgumentException if more than one of meetingNumber/webLink/roomId is set,
   *     {@code pageSize} is outside 1..100, or {@code to} is before {@code from}
   */
  public MeetingListParams {
    int lookups =
        (meetingNumber != null ? 1 : 0) + (webLink != null ? 1 : 0) + (roomId != null ? 1 : 0);
    if (lookups > 1) {
      throw new IllegalArgumentException(
          "meetingNumber, webLink and roomId are mutually exclusive");
    }
    if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
      throw new IllegalArgumentException("pageSize (max) must be between 1 and " + MAX_PAGE_SIZE);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
  }

  /** No parameters: Webex defaults (meeting series of the next 7 days, 10 per page). */
  public static MeetingListParams none() {
    return builder().build();
  }

  /** Meetings of {@code type} in {@code [from, to)}. */
  public static MeetingListParams between(Instant from, Instant to, MeetingType type) {
    return builder().from(from).to(to).meetingType(type).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeetingListParams}. */
  public static final class Builder {
    private String meetingNumber;
    private String webLink;
    private String roomId;
    private String meetingSeriesId;
    private Integer pageSize;
    private Instant from;
    private Instant to;
    private MeetingType meetingType;
    private MeetingState state;
    private ScheduledType scheduledType;
    private Boolean isModified;
    private Boolean hasChat;
    private Boolean hasRecording;
    private Boolean hasTranscription;
    private Boolean hasSummary;
    private Boolean hasClosedCaption;
    private Boolean hasPolls;
    private Boolean hasQA;
    private Boolean hasSlido;
    private Boolean current;
    private String hostEmail;
    private String siteUrl;
    private String integrationTag;

    private Builder() {}

    /** See {@link MeetingListParams#meetingNumber()}. */
    public Builder meetingNumber(String meetingNumber) {
      this.meetingNumber = meetingNumber;
      return this;
    }

    /** See {@link MeetingListParams#webLink()}. */
    public Builder webLink(String webLink) {
      this.webLink = webLink;
      return this;
    }

    /** See {@link MeetingListParams#roomId()}. */
    public Builder roomId(String roomId) {
      this.roomId = roomId;
      return this;
    }

    /** See {@link MeetingListParams#meetingSeriesId()}. */
    public Builder meetingSeriesId(String meetingSeriesId) {
      this.meetingSeriesId = meetingSeriesId;
      return this;
    }

    /** See {@link MeetingListParams#pageSize()}. */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** See {@link MeetingListParams#from()}. */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /** See {@link MeetingListParams#to()}. */
    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    /** See {@link MeetingListParams#meetingType()}. */
    public Builder meetingType(MeetingType meetingType) {
      this.meetingType = meetingType;
      return this;
    }

    /** See {@link MeetingListParams#state()}. */
    public Builder state(MeetingState state) {
      this.state = state;
      return this;
    }

    /** See {@link MeetingListParams#scheduledType()}. */
    public Builder scheduledType(ScheduledType scheduledType) {
      this.scheduledType = scheduledType;
      return this;
    }

    /** See {@link MeetingListParams#isModified()}. */
    public Builder isModified(boolean isModified) {
      this.isModified = isModified;
      return this;
    }

    /** See {@link MeetingListParams#hasChat()}. */
    public Builder hasChat(boolean hasChat) {
      this.hasChat = hasChat;
      return this;
    }

    /** See {@link MeetingListParams#hasRecording()}. */
    public Builder hasRecording(boolean hasRecording) {
      this.hasRecording = hasRecording;
      return this;
    }

    /** See {@link MeetingListParams#hasTranscription()}. */
    public Builder hasTranscription(boolean hasTranscription) {
      this.hasTranscription = hasTranscription;
      return this;
    }

    /** See {@link MeetingListParams#hasSummary()}. */
    public Builder hasSummary(boolean hasSummary) {
      this.hasSummary = hasSummary;
      return this;
    }

    /** See {@link MeetingListParams#hasClosedCaption()}. */
    public Builder hasClosedCaption(boolean hasClosedCaption) {
      this.hasClosedCaption = hasClosedCaption;
      return this;
    }

    /** See {@link MeetingListParams#hasPolls()}. */
    public Builder hasPolls(boolean hasPolls) {
      this.hasPolls = hasPolls;
      return this;
    }

    /** See {@link MeetingListParams#hasQA()}. */
    public Builder hasQA(boolean hasQA) {
      this.hasQA = hasQA;
      return this;
    }

    /** See {@link MeetingListParams#hasSlido()}. */
    public Builder hasSlido(boolean hasSlido) {
      this.hasSlido = hasSlido;
      return this;
    }

    /** See {@link MeetingListParams#current()}. */
    public Builder current(boolean current) {
      this.current = current;
      return this;
    }

    /** See {@link MeetingListParams#hostEmail()}. */
    public Builder hostEmail(String hostEmail) {
      this.hostEmail = hostEmail;
      return this;
    }

    /** See {@link MeetingListParams#siteUrl()}. */
    public Builder siteUrl(String siteUrl) {
      this.siteUrl = siteUrl;
      return this;
    }

    /** See {@link MeetingListParams#integrationTag()}. */
    public Builder integrationTag(String integrationTag) {
      this.integrationTag = integrationTag;
      return this;
    }

    /**
     * Creates the query, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if a value is invalid
     */
    public MeetingListParams build() {
      return new MeetingListParams(
          meetingNumber,
          webLink,
          roomId,
          meetingSeriesId,
          pageSize,
          from,
          to,
          meetingType,
          state,
          scheduledType,
          isModified,
          hasChat,
          hasRecording,
          hasTranscription,
          hasSummary,
          hasClosedCaption,
          hasPolls,
          hasQA,
          hasSlido,
          current,
          hostEmail,
          siteUrl,
          integrationTag);
    }
  }
}
