package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Card submissions. */
public final class AttachmentActionStore implements Store {
  private final World world;
  private final Map<String, AttachmentAction> byId = new LinkedHashMap<>();

  AttachmentActionStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
  }

  /**
   * Records a submission by {@code person} on {@code message}.
   *
   * <p>The card's author may submit on it too [?]: a 2019 community emulator refused that, but
   * Webex is not documented or observed to.
   *
   * <p>Publishes attachmentActions {@code created}.
   *
   * @throws RuleViolation 400 when the message has no card
   */
  public AttachmentAction submit(Person person, Message message, ObjectNode inputs) {
    if (message.attachments == null) {
      throw RuleViolation.badRequest(
          "Unable to post attachment action: \"MessageId should point to an activity with cards\"");
    }
    AttachmentAction action =
        new AttachmentAction(
            // [?] The spec's examples are broken; ATTACHMENT_ACTION is assumed.
            world.ids().next("ATTACHMENT_ACTION"),
            "submit",
            message.id,
            inputs,
            person.id,
            message.roomId,
            world.timestamps().next());
    byId.put(action.id(), action);
    world.changed("attachmentActions", "created", person, action);
    return action;
  }

  /** The action with {@code id}, if any. */
  public Optional<AttachmentAction> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }
}
