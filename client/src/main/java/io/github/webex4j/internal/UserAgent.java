package io.github.webex4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds {@code webex4j/<version> java/<version>} from the Maven-filtered version resource. */
public final class UserAgent {
  /** Read once per process: the resource read is part of a short-lived process's start. */
  private static final class Holder {
    static final String VALUE = compute();
  }

  private UserAgent() {}

  /** The library version, or {@code unknown} if the resource is missing (e.g. in an IDE run). */
  public static String libraryVersion() {
    Properties props = new Properties();
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String version = props.getProperty("version", "unknown");
    return version.startsWith("${") ? "unknown" : version;
  }

  /** The {@code User-Agent} header value. */
  public static String value() {
    return Holder.VALUE;
  }

  private static String compute() {
    return "webex4j/"
        + libraryVersion()
        + " java/"
        + Runtime.version().feature()
        + "."
        + Runtime.version().interim()
        + "."
        + Runtime.version().update();
  }
}
