package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compares the public API (every public or protected type and member of the packages the module
 * exports) with the checked-in dump {@code api/webex4j-client.api}, as okhttp's {@code okhttp.api}.
 * A change to the API fails here until the dump is regenerated on purpose: {@code mvn -o -q test
 * -pl client -am -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dwebex4j.api.update=true}.
 */
class PublicApiTest {
  private static final Path DUMP = Path.of("api", "webex4j-client.api");
  private static final String UPDATE = "webex4j.api.update";

  @Test
  void publicApiMatchesTheCheckedInDump() throws IOException {
    List<String> actual = dump();
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(DUMP.getParent());
      Files.write(DUMP, actual, StandardCharsets.UTF_8);
    }
    List<String> expected =
        Files.exists(DUMP) ? Files.readAllLines(DUMP, StandardCharsets.UTF_8) : List.of();

    assertThat(actual)
        .withFailMessage(
            () ->
                "The public API differs from "
                    + DUMP
                    + ".\nRemoved or changed (in the dump, not in the code):\n"
                    + missing(expected, actual)
                    + "\nAdded or changed (in the code, not in the dump):\n"
                    + missing(actual, expected)
                    + "\nIf the change is intended, regenerate the dump with -D"
                    + UPDATE
                    + "=true and commit it.")
        .isEqualTo(expected);
  }

  @Test
  void dumpListsTypesOfExportedPackagesOnly() {
    List<String> dump = dump();

    assertThat(dump).anyMatch(line -> line.contains("class io.github.webex4j.WebexClient"));
    assertThat(dump).contains("public abstract interface io.github.webex4j.rooms.Rooms");
    assertThat(dump)
        .anyMatch(line -> line.endsWith(" create(io.github.webex4j.rooms.RoomCreateParams)"));
    assertThat(dump).noneMatch(line -> line.contains("io.github.webex4j.internal."));
  }

  /** The lines of {@code from} absent from {@code in}, each member line under its type's line. */
  private static String missing(List<String> from, List<String> in) {
    Set<String> present = Set.copyOf(qualified(in));
    return qualified(from).stream()
        .filter(line -> !present.contains(line))
        .map(line -> "  " + line)
        .collect(Collectors.joining("\n"));
  }

  /** Each member line prefixed by the type line above it, so it reads alone. */
  private static List<String> qualified(List<String> dump) {
    List<String> lines = new ArrayList<>();
    String type = "";
    for (String line : dump) {
      if (line.startsWith("  ")) {
        lines.add(type + " {" + line.trim() + "}");
      } else {
        type = line;
        lines.add(line);
      }
    }
    return lines;
  }

  /** One line per type, followed by its members indented, types and members sorted. */
  private static List<String> dump() {
    Path classes = classesDirectory();
    ModuleDescriptor module = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
    Set<String> exported =
        module.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    List<String> lines = new ArrayList<>();
    for (Class<?> type : apiTypes(classes, exported)) {
      lines.add(typeLine(type));
      Set<String> members = new TreeSet<>();
      Stream.<Member[]>of(
              type.getDeclaredConstructors(), type.getDeclaredMethods(), type.getDeclaredFields())
          .flatMap(Arrays::stream)
          .filter(m -> visible(m.getModifiers()) && !m.isSynthetic() && !isBridge(m))
          .forEach(m -> members.add("  " + memberLine(type, m)));
      lines.addAll(members);
    }
    return lines;
  }

  private static Set<Class<?>> apiTypes(Path classes, Set<String> exported) {
    Set<Class<?>> types = new TreeSet<>(Comparator.comparing(Class::getName));
    try (Stream<Path> files = Files.walk(classes)) {
      files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> classes.relativize(f).toString().replace(java.io.File.separatorChar, '.'))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info"))
          .filter(name -> exported.contains(name.substring(0, name.lastIndexOf('.'))))
          .map(PublicApiTest::load)
          .filter(PublicApiTest::isApi)
          .forEach(types::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return types;
  }

  private static boolean isApi(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!visible(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static String typeLine(Class<?> type) {
    StringBuilder line = new StringBuilder(type.toGenericString());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      line.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      line.append(type.isInterface() ? " extends " : " implements ")
          .append(
              Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  /**
   * The member's generic signature without its owner's name (the type line above names it) and
   * without {@code synchronized}, which is not part of the contract.
   */
  private static String memberLine(Class<?> owner, Member member) {
    String line;
    if (member instanceof Method) {
      line = ((Method) member).toGenericString();
    } else if (member instanceof Constructor) {
      return ((Constructor<?>) member).toGenericString();
    } else {
      line = ((Field) member).toGenericString();
    }
    return line.replace(" " + owner.getTypeName() + ".", " ").replace("synchronized ", "");
  }

  private static boolean isBridge(Member member) {
    return member instanceof Method && ((Method) member).isBridge();
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path classesDirectory() {
    try {
      return Path.of(WebexClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
