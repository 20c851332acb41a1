/** Teams: {@link io.github.webex4j.teams.Teams}, {@link io.github.webex4j.teams.Team}. */
package io.github.webex4j.teams;
