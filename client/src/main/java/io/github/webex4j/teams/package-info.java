/** Teams: {@link io.github.webex4j.teams.Teams}, {@link io.github.webex4j.teams.Team}. */
@NullMarked
package io.github.webex4j.teams;

import org.jspecify.annotations.NullMarked;
