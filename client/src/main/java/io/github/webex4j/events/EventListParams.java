package io.github.webex4j.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /events} (compliance officers only). Null components are not sent.
 *
 * @param resource only events about this resource
 * @param type only events of this type
 * @param actorId only events caused by this person
 * @param from only events after this time
 * @param to only events before this time (not in the future)
 * @param serviceType {@code calling}: required with, and only allowed with, {@link
 *     EventResource#CONVERGED_RECORDINGS}
 * @param pageSize items per page (sent as {@code max}), 1-1000; null for the server default 100
 */
public record EventListParams(
    @Nullable EventResource resource,
    @Nullable EventType type,
    @Nullable String actorId,
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable String serviceType,
    @Nullable Integer pageSize) {

  /**
   * Checks the query's filters, time window, page size and service type before any request.
   *
   * @throws IllegalArgumentException naming the field if a value or combination is invalid
   */
  public EventListParams {
    if (resource == EventResource.UNKNOWN) {
      throw new IllegalArgumentException("resource must not be UNKNOWN");
    }
    if (type == EventType.UNKNOWN) {
      throw new IllegalArgumentException("type must not be UNKNOWN");
    }
    if (pageSize != null && (pageSize < 1 || pageSize > 1000)) {
      throw new IllegalArgumentException("pageSize must be between 1 and 1000");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    boolean recordings = resource == EventResource.CONVERGED_RECORDINGS;
    if (recordings && !"calling".equals(serviceType)) {
      throw new IllegalArgumentException(
          "serviceType must be \"calling\" with resource CONVERGED_RECORDINGS");
    }
    if (!recordings && serviceType != null) {
      throw new IllegalArgumentException(
          "serviceType is only allowed with resource CONVERGED_RECORDINGS");
    }
  }

  /** No filters. */
  public static EventListParams none() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EventListParams}. */
  public static final class Builder {
    private EventResource resource;
    private EventType type;
    private String actorId;
    private Instant from;
    private Instant to;
    private String serviceType;
    private Integer pageSize;

    private Builder() {}

    /** Only events about this resource. */
    public Builder resource(EventResource resource) {
      this.resource = resource;
      return this;
    }

    /** Only events of this type. */
    public Builder type(EventType type) {
      this.type = type;
      return this;
    }

    /** Only events caused by this person. */
    public Builder actorId(String actorId) {
      this.actorId = actorId;
      return this;
    }

    /** Only events after this time. */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /** Only events before this time. */
    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    /** Service type ({@code calling}), with converged recordings only. */
    public Builder serviceType(String serviceType) {
      this.serviceType = serviceType;
      return this;
    }

    /** Items per page, 1-1000. */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Creates the query, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a value is invalid
     */
    public EventListParams build() {
      return new EventListParams(resource, type, actorId, from, to, serviceType, pageSize);
    }
  }
}
