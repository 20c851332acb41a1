package io.github.webex4j.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A body stream that fails if it ends before its declared length. */
final class LengthCheckedStream extends FilterInputStream {
  private final long expected;
  private long read;

  LengthCheckedStream(InputStream in, long expected) {
    super(in);
    this.expected = expected;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? -1 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    count(n);
    return n;
  }

  private void count(int n) throws IOException {
    if (n >= 0) {
      read += n;
    } else if (read < expected) {
      throw new IOException("connection closed after " + read + " of " + expected + " body bytes");
    }
  }
}
