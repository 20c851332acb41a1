/** Rooms (spaces): {@link io.github.webex4j.rooms.Rooms}, {@link io.github.webex4j.rooms.Room}. */
package io.github.webex4j.rooms;
