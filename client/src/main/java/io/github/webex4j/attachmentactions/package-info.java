/**
 * Card submissions: {@link io.github.webex4j.attachmentactions.AttachmentActions}, {@link
 * io.github.webex4j.attachmentactions.AttachmentAction}.
 */
@NullMarked
package io.github.webex4j.attachmentactions;

import org.jspecify.annotations.NullMarked;
