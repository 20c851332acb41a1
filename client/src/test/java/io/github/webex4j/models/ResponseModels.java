package io.github.webex4j.models;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;

/** The records of the API packages that are decoded from Webex responses. */
public final class ResponseModels {
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

  private ResponseModels() {}

  /** Every response model, found in the compiled client. */
  public static List<Class<?>> all() {
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
}
