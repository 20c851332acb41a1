/**
 * A small builder for Adaptive Cards as Webex renders them: {@link
 * io.github.webex4j.cards.AdaptiveCard}. For anything it lacks, pass raw card JSON as a {@code Map}
 * to {@code MessageCreateParams.Builder.card(Map)}.
 */
@NullMarked
package io.github.webex4j.cards;

import org.jspecify.annotations.NullMarked;
