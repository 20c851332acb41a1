/** Groups (SCIM-style, admin): {@link io.github.webex4j.groups.Groups}. */
@NullMarked
package io.github.webex4j.groups;

import org.jspecify.annotations.NullMarked;
