package io.github.webex4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled emulator ({@code target/classes}) as the named module {@code
 * io.github.webex4j.emulator} beside the Jackson modules: it exports its entry package only and
 * serves requests there. The other tests run on the class path.
 */
class ModulePathTest {
  private static final String MODULE = "io.github.webex4j.emulator";

  @Test
  void exportsOnlyTheEntryPackage() {
    ModuleDescriptor descriptor =
        emulatorModule().findModule(MODULE).orElseThrow().reference().descriptor();

    assertThat(
            descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
        .containsExactly("io.github.webex4j.emulator");
    assertThat(descriptor.packages())
        .contains("io.github.webex4j.emulator.http", "io.github.webex4j.emulator.store");
    assertThat(descriptor.opens()).isEmpty();
  }

  @Test
  void servesRequestsAsANamedModule() throws Exception {
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(emulatorModule(), ClassLoader.getPlatformClassLoader());
    Class<?> type = layer.findLoader(MODULE).loadClass(WebexEmulator.class.getName());
    try (AutoCloseable emulator = (AutoCloseable) type.getMethod("start").invoke(null)) {
      URI base = (URI) type.getMethod("baseUri").invoke(emulator);
      String token = (String) type.getMethod("adminToken").invoke(emulator);
      HttpResponse<String> me =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/people/me"))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(type.getModule().getName()).isEqualTo(MODULE);
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"id\"");
    }
  }

  /** The emulator module resolved from {@code target/classes} and the Jackson jars in use. */
  private static Configuration emulatorModule() {
    Path[] paths =
        Stream.concat(
                Stream.of(location(WebexEmulator.class)),
                Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .filter(p -> p.matches(".*jackson-(databind|core|annotations)-[^/]*\\.jar"))
                    .map(Path::of))
            .toArray(Path[]::new);
    return ModuleLayer.boot()
        .configuration()
        .resolve(ModuleFinder.of(paths), ModuleFinder.of(), List.of(MODULE));
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
