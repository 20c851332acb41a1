package io.github.webex4j.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every response model of the API packages keeps the properties it does not declare. */
class ModelsKeepUnknownFieldsTest {
  /** Records that are never decoded from a Webex response. */
  private static final Set<String> NOT_RESPONSE_MODELS =
      Set.of(
          "LocalFile",
          "FileDownload",
          "GuestAccessToken",
          "LicenseChange",
          "SiteUrlChange",
          "GroupPatchOperation",
          "ApiErrorItem",
          "RecordingHost");

  private static List<Class<?>> responseModels() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.webex4j")
            .stream()
            .filter(c -> !c.getPackageName().startsWith("io.github.webex4j.internal"))
            .filter(c -> !c.getPackageName().startsWith("io.github.webex4j.emulator"))
            .filter(c -> !c.getPackageName().matches("io\\.github\\.webex4j\\.(http|cards|bulk)"))
            .filter(c -> c.getPackageName().startsWith("io.github.webex4j."))
            .map(JavaClass::reflect)
            .filter(Class::isRecord)
            .filter(c -> !c.getSimpleName().endsWith("Params"))
            .filter(c -> !NOT_RESPONSE_MODELS.contains(c.getSimpleName()))
            .<Class<?>>map(c -> c)
            .toList();
  }

  @Test
  void everyResponseModelEndsWithAnExtraMap() {
    List<Class<?>> models = responseModels();

    assertThat(models).hasSizeGreaterThan(40);
    for (Class<?> model : models) {
      RecordComponent[] components = model.getRecordComponents();
      RecordComponent last = components[components.length - 1];
      assertThat(last.getName()).as(model.getName()).isEqualTo("extra");
      assertThat(last.getGenericType())
          .as(model.getName())
          .isInstanceOfSatisfying(
              ParameterizedType.class,
              type ->
                  assertThat(type.getActualTypeArguments())
                      .containsExactly(String.class, Object.class));
      assertThat(((ParameterizedType) last.getGenericType()).getRawType()).isEqualTo(Map.class);
    }
  }
}
