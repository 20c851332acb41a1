package io.github.webex4j.cards;

import java.util.Map;

/** A card button: {@link OpenUrlAction} or {@link SubmitAction}. */
public interface CardAction {
  /** The action as Adaptive Card JSON (a fresh, mutable map). */
  Map<String, Object> toJson();
}
