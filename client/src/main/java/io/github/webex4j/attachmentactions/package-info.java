/**
 * Card submissions: {@link io.github.webex4j.attachmentactions.AttachmentActions}, {@link
 * io.github.webex4j.attachmentactions.AttachmentAction}.
 */
package io.github.webex4j.attachmentactions;
