package io.github.webex4j.cards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An Adaptive Card (default version 1.3, the highest Webex documents). Immutable; build with {@link
 * #builder()} and attach with {@code MessageCreateParams.Builder.card(AdaptiveCard)}. Webex accepts
 * one card per message and shows the message's text or markdown where cards cannot be rendered, so
 * the message builder requires one of them.
 *
 * <pre>{@code
 * AdaptiveCard card = AdaptiveCard.builder()
 *     .body(TextBlock.heading("Build #42 failed"))
 *     .body(FactSet.of(Map.of("Branch", "main")))
 *     .action(new OpenUrlAction("Open log", logUrl))
 *     .build();
 * }</pre>
 */
public final class AdaptiveCard {
  /** The default schema version. */
  public static final String DEFAULT_VERSION = "1.3";

  /** Webex renders at most 5 top-level actions ([?] from an older Webex cards guide). */
  public static final int MAX_ACTIONS = 5;

  private final String version;
  private final List<CardElement> body;
  private final List<CardAction> actions;

  private AdaptiveCard(String version, List<CardElement> body, List<CardAction> actions) {
    this.version = version;
    this.body = List.copyOf(body);
    this.actions = List.copyOf(actions);
  }

  /** A builder with version {@value #DEFAULT_VERSION}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The schema version, e.g. {@code 1.3}. */
  public String version() {
    return version;
  }

  /** The body elements, in order. */
  public List<CardElement> body() {
    return body;
  }

  /** The actions, in order. */
  public List<CardAction> actions() {
    return actions;
  }

  /** The card as Adaptive Card JSON (a fresh, mutable map of maps and lists). */
  public Map<String, Object> toJson() {
    Map<String, Object> json = CardJson.object("AdaptiveCard");
    json.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    json.put("version", version);
    json.put("body", CardJson.elements(body));
    if (!actions.isEmpty()) {
      List<Object> list = new ArrayList<>();
      for (CardAction action : actions) {
        list.add(action.toJson());
      }
      json.put("actions", list);
    }
    return json;
  }

  @Override
  public String toString() {
    return "AdaptiveCard" + Collections.unmodifiableMap(toJson());
  }

  /** Builder for {@link AdaptiveCard}. */
  public static final class Builder {
    private String version = DEFAULT_VERSION;
    private final List<CardElement> body = new ArrayList<>();
    private final List<CardAction> actions = new ArrayList<>();

    private Builder() {}

    /** The schema version, e.g. {@code 1.2}; default {@value #DEFAULT_VERSION}. */
    public Builder version(String version) {
      this.version = CardJson.nonBlank(version, "version");
      return this;
    }

    /** Appends body elements. */
    public Builder body(CardElement... elements) {
      for (CardElement element : elements) {
        if (element == null) {
          throw new IllegalArgumentException("body element must not be null");
        }
        body.add(element);
      }
      return this;
    }

    /** Appends an action (button). */
    public Builder action(CardAction action) {
      if (action == null) {
        throw new IllegalArgumentException("action must not be null");
      }
      actions.add(action);
      return this;
    }

    /**
     * Creates the card; it needs at least one body element and takes at most 5 actions.
     *
     * @throws IllegalArgumentException if the body is empty or there are more than 5 actions
     */
    public AdaptiveCard build() {
      if (body.isEmpty()) {
        throw new IllegalArgumentException("body must not be empty");
      }
      if (actions.size() > MAX_ACTIONS) {
        throw new IllegalArgumentException("actions must be at most " + MAX_ACTIONS);
      }
      return new AdaptiveCard(version, body, actions);
    }
  }
}
