package io.github.webex4j.attachmentactions;

/** Kind of attachment action. */
public enum AttachmentActionType {
  /** A card's {@code Action.Submit} was pressed. */
  SUBMIT,
  /** A value this client version does not know. */
  UNKNOWN
}
