package io.github.webex4j.emulator.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes and reads Webex ids: unpadded URL-safe base64 of {@code ciscospark://us/<TYPE>/<uuid>}.
 * UUIDs come from an injected supplier so output can be deterministic. Not thread-safe on its own;
 * used under the {@link World} lock.
 */
public final class Ids {
  private static final String PREFIX = "ciscospark://us/";
  private final Supplier<UUID> uuids;

  /** Creates an id factory drawing UUIDs from {@code uuids}. */
  public Ids(Supplier<UUID> uuids) {
    this.uuids = uuids;
  }

  /** A fresh UUID from the injected source. */
  public UUID uuid() {
    return uuids.get();
  }

  /** A new id of {@code type} for a fresh UUID. */
  public String next(String type) {
    return encode(type, uuid().toString());
  }

  /** Encodes {@code ciscospark://us/<type>/<local>}. */
  public static String encode(String type, String local) {
    String raw = PREFIX + type + "/" + local;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The local part ({@code <uuid>} or {@code a:b}) of an id of {@code type}, or empty when {@code
   * id} is not such an id.
   */
  public static Optional<String> localPart(String id, String type) {
    if (id == null || id.isEmpty() || id.length() > 512) {
      return Optional.empty();
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
      String prefix = PREFIX + type + "/";
      return raw.startsWith(prefix)
          ? Optional.of(raw.substring(prefix.length()))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
