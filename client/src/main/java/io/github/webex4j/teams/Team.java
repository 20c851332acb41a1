package io.github.webex4j.teams;

import java.time.Instant;

/**
 * A team: a group of people with a General space and optionally further team spaces.
 *
 * @param id opaque team id
 * @param name team name
 * @param description description, null if none was set
 * @param creatorId id of the person who created the team; null if Webex omits it ([?] present in
 *     the API examples but not in the schema)
 * @param created creation time
 */
public record Team(String id, String name, String description, String creatorId, Instant created) {}
