package io.github.webex4j.internal.util;

import io.github.webex4j.WireValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the client reads an enum from the wire: by normalised name (case-insensitive, ignoring {@code
 * _}, {@code -} and spaces, also matching a {@link WireValue}'s wire value), else the constant
 * named {@code UNKNOWN}, or null if the enum has none. Shared by the mapper and {@link
 * RecordReader}, so the two cannot disagree.
 */
final class LenientEnum {
  private static final ClassValue<LenientEnum> BY_TYPE =
      new ClassValue<>() {
        @Override
        protected LenientEnum computeValue(Class<?> type) {
          return new LenientEnum(type);
        }
      };

  private final Map<String, Object> byName = new HashMap<>();
  private final Object unknown;

  private LenientEnum(Class<?> enumType) {
    Object fallback = null;
    for (Object constant : enumType.getEnumConstants()) {
      Enum<?> e = (Enum<?>) constant;
      byName.put(normalise(e.name()), constant);
      if (constant instanceof WireValue wire) {
        byName.putIfAbsent(normalise(wire.wireValue()), constant);
      }
      if (e.name().equals("UNKNOWN")) {
        fallback = constant;
      }
    }
    this.unknown = fallback;
  }

  /** The lookup of {@code enumType} (built once per type). */
  static LenientEnum of(Class<?> enumType) {
    return BY_TYPE.get(enumType);
  }

  /** The constant {@code text} names, else the fallback (also for null text). */
  Object valueOf(String text) {
    return text == null ? unknown : byName.getOrDefault(normalise(text), unknown);
  }

  /** Normalised form used to match enum names: lower case without {@code _}, {@code -}, spaces. */
  static String normalise(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      if (c != '_' && c != '-' && c != ' ') {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
