/**
 * The HTTP engine seam: one blocking exchange per call, below the client's retries, authentication
 * and error mapping. Two engines ship with the client ({@link HttpEngines#jdkHttpClient()}, the
 * default, and {@link HttpEngines#urlConnection()}, a light one for short-lived processes); bring
 * your own by implementing {@link HttpEngine}.
 */
@NullMarked
package io.github.webex4j.http;

import org.jspecify.annotations.NullMarked;
