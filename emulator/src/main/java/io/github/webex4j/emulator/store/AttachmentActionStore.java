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
   * Records a submission by {@code person} on the message with {@code messageId}.
   *
   * <p>The card's author may submit on it too [?]: a 2019 community emulator refused that, but
   * Webex is not documented or observed to.
   *
   * <p>Publishes attachmentActions {@code created}.
   *
   * @throws RuleViolation 404 unless the message exists and {@code person} is a member of its room;
   *     400 when the message has no card
   */
  public AttachmentAction submit(Person person, String messageId, ObjectNode inputs) {
    Message message =
        world
            .messages
            .find(messageId)
            .filter(m -> world.memberships.isMember(m.roomId, person.id))
            .orElseThrow(() -> RuleViolation.notFound("Could not find a message with this ID."));
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

  /**
   * The action with {@code id} as {@code caller} sees it.
   *
   * @throws RuleViolation 404 unless the caller is a member of the action's room or a compliance
   *     officer
   */
  public AttachmentAction visibleTo(Person caller, String id) {
    return find(id)
        .filter(a -> world.memberships.isMember(a.roomId(), caller.id) || caller.complianceOfficer)
        .orElseThrow(() -> RuleViolation.notFound("Could not find an action with this ID."));
  }
}
