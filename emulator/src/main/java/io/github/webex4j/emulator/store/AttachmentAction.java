package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A card submission.
 *
 * @param id the action id
 * @param type always {@code submit}
 * @param messageId the message carrying the card
 * @param inputs the submitted inputs, as sent
 * @param personId who submitted
 * @param roomId the card's room
 * @param created when
 */
public record AttachmentAction(
    String id,
    String type,
    String messageId,
    ObjectNode inputs,
    String personId,
    String roomId,
    Instant created) {}
