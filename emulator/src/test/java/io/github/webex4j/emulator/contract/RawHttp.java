package io.github.webex4j.emulator.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends hand-made bytes over a socket, for requests no HTTP client would produce. */
final class RawHttp {
  private RawHttp() {}

  /** Writes {@code request} and returns the status of the answer, or -1 if the socket closed. */
  static int send(int port, byte[] request) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        line.write(b);
      }
      String status = line.toString(StandardCharsets.ISO_8859_1).trim();
      if (!status.startsWith("HTTP/1.1 ")) {
        return -1;
      }
      return Integer.parseInt(status.substring(9, 12));
    } catch (IOException e) {
      if (e instanceof java.net.SocketException) {
        return -1;
      }
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code request} and returns the whole answer as ISO-8859-1 text. */
  static String exchange(int port, byte[] request) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request);
      socket.shutdownOutput();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request with {@code head} lines (CRLF added) and a body. */
  static byte[] request(String head, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }
}
