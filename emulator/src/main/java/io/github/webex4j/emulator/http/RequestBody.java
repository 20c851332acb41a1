package io.github.webex4j.emulator.http;

import java.nio.ByteBuffer;

/**
 * A request body: in memory, or (large uploads) spilled to a file of the world's spill directory
 * and memory-mapped for parsing; the file is deleted once the answer is ready unless the handler
 * kept it as the upload's stored content.
 */
record RequestBody(byte[] bytes, SpilledBody file, ByteBuffer mapped, long length) {
  static final RequestBody NONE = new RequestBody(new byte[0], null, null, 0);

  static RequestBody of(byte[] bytes) {
    return new RequestBody(bytes, null, null, bytes.length);
  }

  void delete() {
    if (file != null) {
      file.deleteUnlessKept();
    }
  }
}
