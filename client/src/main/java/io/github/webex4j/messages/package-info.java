/**
 * Messages, files and cards: {@link io.github.webex4j.messages.Messages}, {@link
 * io.github.webex4j.messages.Message}.
 */
@NullMarked
package io.github.webex4j.messages;

import org.jspecify.annotations.NullMarked;
