package io.github.webex4j.internal.services;

import io.github.webex4j.attachmentactions.AttachmentAction;
import io.github.webex4j.attachmentactions.AttachmentActionCreateParams;
import io.github.webex4j.attachmentactions.AttachmentActions;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Transport;
import java.util.Objects;

/** {@link AttachmentActions} over the transport. */
public final class AttachmentActionsService implements AttachmentActions {
  private static final String PATH = "attachment/actions";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public AttachmentActionsService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public AttachmentAction create(AttachmentActionCreateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.post(PATH, params, AttachmentAction.class);
  }

  @Override
  public AttachmentAction get(String actionId) {
    return transport.get(
        Paths.of(PATH, Paths.nonBlank(actionId, "actionId")), null, AttachmentAction.class);
  }
}
