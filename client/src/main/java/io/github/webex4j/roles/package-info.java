/** Roles: {@link io.github.webex4j.roles.Roles}. */
@NullMarked
package io.github.webex4j.roles;

import org.jspecify.annotations.NullMarked;
