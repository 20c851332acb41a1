/** Groups (SCIM-style, admin): {@link io.github.webex4j.groups.Groups}. */
package io.github.webex4j.groups;
