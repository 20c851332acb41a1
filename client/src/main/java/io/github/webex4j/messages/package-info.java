/**
 * Messages, files and cards: {@link io.github.webex4j.messages.Messages}, {@link
 * io.github.webex4j.messages.Message}.
 */
package io.github.webex4j.messages;
