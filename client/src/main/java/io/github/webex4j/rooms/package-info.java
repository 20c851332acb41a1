/** Rooms (spaces): {@link io.github.webex4j.rooms.Rooms}, {@link io.github.webex4j.rooms.Room}. */
@NullMarked
package io.github.webex4j.rooms;

import org.jspecify.annotations.NullMarked;
