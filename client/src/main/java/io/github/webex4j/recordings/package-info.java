/** Meeting recordings: {@link io.github.webex4j.recordings.Recordings}. */
package io.github.webex4j.recordings;
