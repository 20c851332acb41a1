package io.github.webex4j.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The floor of workload 4: the smallest JVM program that sends a message, one class on {@link
 * HttpURLConnection} with no JSON library. Run from its own class directory (not the bench jar) so
 * its start-up is the JVM's and the HTTP stack's alone. Usage: {@code FloorPost <roomId>} with
 * {@code WEBEX_BASE_URL} and {@code WEBEX_API_TOKEN} set; exits 0 on a 200.
 */
public final class FloorPost {
  private FloorPost() {}

  public static void main(String[] args) throws Exception {
    String body = "{\"roomId\":\"" + args[0] + "\",\"markdown\":\"Deploy **done**\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    URL url = new URL(System.getenv("WEBEX_BASE_URL") + "/messages");
    HttpURLConnection connection = (HttpURLConnection) url.openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(bytes.length);
    connection.setRequestProperty("Authorization", "Bearer " + System.getenv("WEBEX_API_TOKEN"));
    connection.setRequestProperty("Content-Type", "application/json");
    try (OutputStream out = connection.getOutputStream()) {
      out.write(bytes);
    }
    int status = connection.getResponseCode();
    try (InputStream in =
        status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
    if (status != 200) {
      System.err.println("status " + status);
      System.exit(1);
    }
  }
}
