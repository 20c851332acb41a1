package io.github.webex4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code webex --version}: the toolkit version (Maven-filtered resource) and the Java runtime. */
public final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"webex " + version() + " (webex4j, Java " + Runtime.version() + ")"};
  }

  /** The toolkit version, or {@code unknown} when run from unpackaged classes. */
  static String version() {
    Properties props = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String version = props.getProperty("version", "unknown");
    return version.startsWith("${") ? "unknown" : version;
  }
}
