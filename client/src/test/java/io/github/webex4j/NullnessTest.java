package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.people.Person;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Nullness is stated with JSpecify: every exported package is {@code @NullMarked}, so an
 * unannotated type means non-null and {@code @Nullable} marks what may be null.
 */
class NullnessTest {

  @Test
  void everyExportedPackageIsNullMarked() {
    List<String> exported = exportedPackages();

    assertThat(exported).contains("io.github.webex4j", "io.github.webex4j.meetings");
    assertThat(exported.stream().filter(p -> !nullMarked(p)))
        .as("exported packages without @NullMarked on their package-info")
        .isEmpty();
  }

  @Test
  void componentsWebexMayOmitAreNullableAndNormalisedOnesAreNot() throws Exception {
    assertThat(returnType(Room.class, "title").isAnnotationPresent(Nullable.class)).isTrue();
    assertThat(returnType(Room.class, "id").isAnnotationPresent(Nullable.class)).isFalse();
    assertThat(returnType(Person.class, "emails").isAnnotationPresent(Nullable.class)).isFalse();
    assertThat(returnType(RoomCreateParams.class, "title").isAnnotationPresent(Nullable.class))
        .isFalse();
    assertThat(returnType(RoomCreateParams.class, "teamId").isAnnotationPresent(Nullable.class))
        .isTrue();
  }

  @Test
  void extraIsNeverNullButMayHoldNullValues() throws Exception {
    AnnotatedType extra = returnType(Room.class, "extra");

    assertThat(extra.isAnnotationPresent(Nullable.class)).isFalse();
    AnnotatedType value = ((AnnotatedParameterizedType) extra).getAnnotatedActualTypeArguments()[1];
    assertThat(value.isAnnotationPresent(Nullable.class)).isTrue();
  }

  private static AnnotatedType returnType(Class<?> type, String accessor) throws Exception {
    return type.getMethod(accessor).getAnnotatedReturnType();
  }

  private static boolean nullMarked(String pkg) {
    try {
      Class<?> info = Class.forName(pkg + ".package-info");
      return info.isAnnotationPresent(NullMarked.class);
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static List<String> exportedPackages() {
    Path classes;
    try {
      classes =
          Path.of(WebexClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    ModuleDescriptor module = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
    return module.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .sorted()
        .collect(Collectors.toList());
  }
}
