/** Licenses: {@link io.github.webex4j.licenses.Licenses}. */
@NullMarked
package io.github.webex4j.licenses;

import org.jspecify.annotations.NullMarked;
