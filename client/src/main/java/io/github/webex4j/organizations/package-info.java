/** Organizations: {@link io.github.webex4j.organizations.Organizations}. */
package io.github.webex4j.organizations;
