package io.github.webex4j.webhooks;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /webhooks}. Null components are not sent.
 *
 * @param name required name
 * @param targetUrl required http(s) URL that receives the events
 * @param resource required resource (not {@link WebhookResource#UNKNOWN})
 * @param event required event (not {@link WebhookEvent#UNKNOWN})
 * @param filter filter such as {@code roomId=<id>} or {@code mentionedPeople=me}
 * @param secret secret for {@code X-Spark-Signature}; verify deliveries with {@link
 *     WebhookVerifier}
 * @param ownedBy {@code org} for an organization-wide webhook, else null
 */
public record WebhookCreateParams(
    String name,
    String targetUrl,
    WebhookResource resource,
    WebhookEvent event,
    @Nullable String filter,
    @Nullable String secret,
    @Nullable String ownedBy) {

  /**
   * Checks before any request that the body has the name, target URL, resource and event Webex
   * requires, and a valid {@code ownedBy}.
   *
   * @throws IllegalArgumentException naming the field if a value is missing or invalid
   */
  public WebhookCreateParams {
    WebhookUpdateParams.checkNameAndUrl(name, targetUrl);
    if (resource == null || resource == WebhookResource.UNKNOWN) {
      throw new IllegalArgumentException("resource is required");
    }
    if (event == null || event == WebhookEvent.UNKNOWN) {
      throw new IllegalArgumentException("event is required");
    }
    if (ownedBy != null && !ownedBy.equals("org") && !ownedBy.equals("creator")) {
      throw new IllegalArgumentException("ownedBy must be \"org\" or \"creator\"");
    }
  }

  /** A webhook without filter or secret. */
  public static WebhookCreateParams of(
      String name, String targetUrl, WebhookResource resource, WebhookEvent event) {
    return builder().name(name).targetUrl(targetUrl).resource(resource).event(event).build();
  }

  /** Hides the secret. */
  @Override
  public String toString() {
    return "WebhookCreateParams[name="
        + name
        + ", targetUrl="
        + targetUrl
        + ", resource="
        + resource
        + ", event="
        + event
        + ", filter="
        + filter
        + ", secret="
        + (secret == null ? "null" : "***")
        + ", ownedBy="
        + ownedBy
        + "]";
  }

  /** A builder; name, targetUrl, resource and event are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link WebhookCreateParams}. */
  public static final class Builder {
    private String name;
    private String targetUrl;
    private WebhookResource resource;
    private WebhookEvent event;
    private String filter;
    private String secret;
    private String ownedBy;

    private Builder() {}

    /** Required name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Required target URL. */
    public Builder targetUrl(String targetUrl) {
      this.targetUrl = targetUrl;
      return this;
    }

    /** Required resource. */
    public Builder resource(WebhookResource resource) {
      this.resource = resource;
      return this;
    }

    /** Required event. */
    public Builder event(WebhookEvent event) {
      this.event = event;
      return this;
    }

    /** Filter, e.g. {@code roomId=<id>}. */
    public Builder filter(String filter) {
      this.filter = filter;
      return this;
    }

    /** Signing secret. */
    public Builder secret(String secret) {
      this.secret = secret;
      return this;
    }

    /** Organization-wide webhook. */
    public Builder ownedByOrg() {
      this.ownedBy = "org";
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a value is missing or invalid
     */
    public WebhookCreateParams build() {
      return new WebhookCreateParams(name, targetUrl, resource, event, filter, secret, ownedBy);
    }
  }
}
