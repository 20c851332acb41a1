/** Organizations: {@link io.github.webex4j.organizations.Organizations}. */
@NullMarked
package io.github.webex4j.organizations;

import org.jspecify.annotations.NullMarked;
