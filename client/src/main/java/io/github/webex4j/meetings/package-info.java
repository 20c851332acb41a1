/**
 * Meetings, their registrants and join links: {@link io.github.webex4j.meetings.Meetings}, {@link
 * io.github.webex4j.meetings.Meeting}.
 */
@NullMarked
package io.github.webex4j.meetings;

import org.jspecify.annotations.NullMarked;
