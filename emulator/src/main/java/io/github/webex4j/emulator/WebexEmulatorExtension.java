package io.github.webex4j.emulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects a started {@link WebexEmulator} into test constructors, lifecycle
 * methods and test methods. By default one emulator is shared by all tests of a class (state is not
 * reset between tests); a parameter annotated {@link Fresh} gets its own emulator for that test.
 * Emulators are closed when their scope ends.
 *
 * <pre>{@code
 * @ExtendWith(WebexEmulatorExtension.class)
 * class RoomsTest {
 *   @Test void creates(WebexEmulator emu) { ... }
 *   @Test void isolated(@WebexEmulatorExtension.Fresh WebexEmulator emu) { ... }
 * }
 * }</pre>
 */
public final class WebexEmulatorExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(WebexEmulatorExtension.class);

  /** Asks for an emulator of its own for this test rather than the per-class one. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  public @interface Fresh {}

  /**
   * Creates the extension; JUnit does this for {@code @ExtendWith(WebexEmulatorExtension.class)}.
   */
  public WebexEmulatorExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == WebexEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext scope = parameter.isAnnotated(Fresh.class) ? context : classContext(context);
    String key = parameter.isAnnotated(Fresh.class) ? "fresh-" + parameter.getIndex() : "shared";
    return scope
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(key, k -> new Holder(WebexEmulator.start()), Holder.class)
        .emulator;
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  /** Closes its emulator when JUnit closes the store (old and new JUnit store contracts). */
  @SuppressWarnings("deprecation")
  private static final class Holder
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final WebexEmulator emulator;

    private Holder(WebexEmulator emulator) {
      this.emulator = emulator;
    }

    @Override
    public void close() {
      emulator.close();
    }
  }
}
