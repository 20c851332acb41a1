package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Compares the public API (every public or protected type and member of the packages the module
 * exports) with the checked-in dump {@code api/webex4j-client.api}, as okhttp's {@code okhttp.api}.
 * Each member line also names where its types carry JSpecify's {@code @Nullable}, so a change of
 * nullness is an API change too. A change to the API fails here until the dump is regenerated on
 * purpose: {@code mvn -o -q test -pl client -am -Dtest=PublicApiTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dwebex4j.api.update=true}.
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

  @Test
  void setterInheritedFromAPackagePrivateBaseIsListedAsTheBuildersOwn() {
    List<String> dump = dump();

    assertThat(dump)
        .contains(
            "  public io.github.webex4j.meetings.MeetingCreateParams$Builder"
                + " title(java.lang.String)",
            "  public io.github.webex4j.meetings.MeetingUpdateParams$Builder"
                + " title(java.lang.String)");
    assertThat(dump).noneMatch(line -> line.startsWith("  ") && line.contains(" B "));
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
      members.addAll(inheritedFromHidden(type));
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
      return ((Constructor<?>) member).toGenericString() + nullable(member);
    } else {
      line = ((Field) member).toGenericString();
    }
    return line.replace(" " + owner.getTypeName() + ".", " ").replace("synchronized ", "")
        + nullable(member);
  }

  /**
   * Where the member's types carry JSpecify's {@code @Nullable}, so that a change of nullness shows
   * in the dump: {@code return}, {@code p1}... for parameters, {@code type} for a field, with
   * {@code <i>} for the i-th type argument and {@code []} for an array's component.
   */
  private static String nullable(Member member) {
    List<String> positions = new ArrayList<>();
    if (member instanceof Method method) {
      nullable(method.getAnnotatedReturnType(), "return", positions);
    }
    if (member instanceof Executable executable) {
      AnnotatedType[] parameters = executable.getAnnotatedParameterTypes();
      for (int i = 0; i < parameters.length; i++) {
        nullable(parameters[i], "p" + (i + 1), positions);
      }
    }
    if (member instanceof Field field) {
      nullable(field.getAnnotatedType(), "type", positions);
    }
    return positions.isEmpty() ? "" : " @Nullable(" + String.join(", ", positions) + ")";
  }

  private static void nullable(AnnotatedType type, String path, List<String> positions) {
    if (type.isAnnotationPresent(Nullable.class)) {
      positions.add(path);
    }
    if (type instanceof AnnotatedParameterizedType parameterized) {
      AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
      for (int i = 0; i < arguments.length; i++) {
        nullable(arguments[i], path + "<" + (i + 1) + ">", positions);
      }
    } else if (type instanceof AnnotatedArrayType array) {
      nullable(array.getAnnotatedGenericComponentType(), path + "[]", positions);
    }
  }

  /**
   * The public and protected methods and fields {@code type} inherits from superclasses that are
   * not themselves API (a package-private builder base): they are part of {@code type}'s API, so
   * they are listed as its own, with the superclass's type variables replaced by {@code type}'s
   * arguments, and a move into or out of such a base leaves the dump unchanged.
   */
  private static List<String> inheritedFromHidden(Class<?> type) {
    List<String> lines = new ArrayList<>();
    Set<String> declared = new TreeSet<>();
    for (Method m : type.getDeclaredMethods()) {
      // javac adds bridges for the inherited public methods: they are not declared by hand.
      if (!m.isSynthetic() && !m.isBridge()) {
        declared.add(m.getName() + Arrays.toString(m.getParameterTypes()));
      }
    }
    Type generic = type.getGenericSuperclass();
    for (Class<?> c = type.getSuperclass();
        c != null && c != Object.class && !visible(c.getModifiers());
        generic = c.getGenericSuperclass(), c = c.getSuperclass()) {
      Map<String, String> arguments = new HashMap<>();
      if (generic instanceof ParameterizedType parameterized) {
        TypeVariable<?>[] variables = c.getTypeParameters();
        for (int i = 0; i < variables.length; i++) {
          arguments.put(
              variables[i].getName(), parameterized.getActualTypeArguments()[i].getTypeName());
        }
      }
      Class<?> hidden = c;
      Stream.<Member[]>of(c.getDeclaredMethods(), c.getDeclaredFields())
          .flatMap(Arrays::stream)
          .filter(m -> visible(m.getModifiers()) && !m.isSynthetic() && !isBridge(m))
          .filter(
              m ->
                  !(m instanceof Method method)
                      || !declared.contains(
                          method.getName() + Arrays.toString(method.getParameterTypes())))
          .forEach(
              m -> {
                String line = memberLine(hidden, m);
                for (Map.Entry<String, String> argument : arguments.entrySet()) {
                  line =
                      line.replaceAll(
                          "\\b" + argument.getKey() + "\\b",
                          Matcher.quoteReplacement(argument.getValue()));
                }
                lines.add("  " + line);
              });
    }
    return lines;
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
