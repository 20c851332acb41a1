package io.github.webex4j.attachmentactions;

/**
 * The {@code /attachment/actions} resource (card submissions). Obtain it from {@code
 * WebexClient.attachmentActions()}. All methods perform network I/O, are thread-safe, and throw
 * {@link io.github.webex4j.WebexException} subclasses on failure ({@link
 * io.github.webex4j.NotFoundException} for an unknown id, {@link
 * io.github.webex4j.BadRequestException} for a message without a card or the card's own author).
 */
public interface AttachmentActions {

  /**
   * Submits a card. Webex documents 202 Accepted; [?] 200 is accepted as well.
   *
   * @param params non-null body
   */
  AttachmentAction create(AttachmentActionCreateParams params);

  /**
   * Reads a submission including its inputs (webhooks carry only the id).
   *
   * @param actionId non-blank attachment action id
   */
  AttachmentAction get(String actionId);
}
