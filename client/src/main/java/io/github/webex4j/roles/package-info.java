/** Roles: {@link io.github.webex4j.roles.Roles}. */
package io.github.webex4j.roles;
