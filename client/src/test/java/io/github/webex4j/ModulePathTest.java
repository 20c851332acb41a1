package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.rooms.RoomCreateParams;
import io.github.webex4j.rooms.Rooms;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled client ({@code target/classes}) as the named module {@code io.github.webex4j.client}
 * beside the Jackson modules: what it exports, and that it works there (Jackson binds the models
 * through the module's {@code opens}). The other tests run on the class path.
 */
class ModulePathTest {
  private static final String MODULE = "io.github.webex4j.client";
  private static final String ROOT_INTERNAL = "io.github.webex4j.internal";

  @Test
  void exportsEveryApiPackageAndNoInternalOne() {
    ModuleDescriptor descriptor =
        clientModule().findModule(MODULE).orElseThrow().reference().descriptor();
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> api =
        descriptor.packages().stream()
            .filter(p -> !p.equals(ROOT_INTERNAL) && !p.startsWith(ROOT_INTERNAL + "."))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(exported).isEqualTo(api).contains("io.github.webex4j", "io.github.webex4j.http");
    assertThat(descriptor.packages()).contains(ROOT_INTERNAL, ROOT_INTERNAL + ".util");
  }

  @Test
  void createsARoomAndListsGroupsAsANamedModule() throws Exception {
    try (WebexEmulator emulator = WebexEmulator.start()) {
      ModuleLayer layer =
          ModuleLayer.boot()
              .defineModulesWithOneLoader(clientModule(), ClassLoader.getPlatformClassLoader());
      ClassLoader loader = layer.findLoader(MODULE);
      Class<?> clientType = loader.loadClass(WebexClient.class.getName());
      assertThat(clientType.getModule().getName()).isEqualTo(MODULE);

      Object builder = clientType.getMethod("builder").invoke(null);
      Class<?> builderType = builder.getClass();
      builderType.getMethod("accessToken", String.class).invoke(builder, emulator.adminToken());
      builderType.getMethod("baseUrl", String.class).invoke(builder, emulator.baseUri().toString());
      Object client = builderType.getMethod("build").invoke(builder);
      Object rooms = clientType.getMethod("rooms").invoke(client);
      Class<?> roomsType = loader.loadClass(Rooms.class.getName());
      Class<?> paramsType = loader.loadClass(RoomCreateParams.class.getName());
      Object params = paramsType.getMethod("of", String.class).invoke(null, "Module path");
      Object room = roomsType.getMethod("create", paramsType).invoke(rooms, params);
      Method title = room.getClass().getMethod("title");

      // Group lists are read into a private record of internal.services: the one opened package.
      Object groups = clientType.getMethod("groups").invoke(client);
      Object groupPage =
          loader.loadClass("io.github.webex4j.groups.Groups").getMethod("list").invoke(groups);

      assertThat(room.getClass().getModule().getName()).isEqualTo(MODULE);
      assertThat(title.invoke(room)).isEqualTo("Module path");
      assertThat(groupPage.getClass().getModule().getName()).isEqualTo(MODULE);
    }
  }

  /** The client module resolved from {@code target/classes} and the Jackson jars in use. */
  private static Configuration clientModule() {
    Path[] paths =
        Stream.concat(
                Stream.of(location(WebexClient.class)),
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
