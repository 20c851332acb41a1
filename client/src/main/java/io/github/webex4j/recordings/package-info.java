/** Meeting recordings: {@link io.github.webex4j.recordings.Recordings}. */
@NullMarked
package io.github.webex4j.recordings;

import org.jspecify.annotations.NullMarked;
