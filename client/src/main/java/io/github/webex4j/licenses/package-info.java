/** Licenses: {@link io.github.webex4j.licenses.Licenses}. */
package io.github.webex4j.licenses;
