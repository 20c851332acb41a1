package io.github.webex4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * Enum options spelled as Webex spells them ({@code lastactivity}, {@code attachmentActions},
 * {@code meetingSeries}): the text is the enum's {@link io.github.webex4j.WireValue} where it has
 * one, else the lowerCamel form of its name (see {@link Output#enumText}). Input matches ignoring
 * case, {@code _}, {@code -} and spaces, against that text or the constant's name. Completion
 * candidates and {@code ${COMPLETION-CANDIDATES}} in help list the Webex spellings. {@code UNKNOWN}
 * constants (for unrecognised response values) are not offered.
 */
final class WebexEnums {
  private WebexEnums() {}

  /**
   * Gives every enum option of {@code spec} (not its subcommands) the Webex spelling. Inherited
   * options are left to the command that declares them.
   */
  static void apply(CommandSpec spec) {
    List<OptionSpec> options = new ArrayList<>(spec.options());
    if (options.stream().noneMatch(WebexEnums::applies)) {
      return;
    }
    options.forEach(spec::remove);
    for (OptionSpec option : options) {
      spec.addOption(applies(option) ? spelled(option) : option);
    }
  }

  private static boolean applies(OptionSpec option) {
    return !option.inherited()
        && option.scopeType() != ScopeType.INHERIT
        && enumType(option) != null;
  }

  private static Class<?> enumType(OptionSpec option) {
    Class<?>[] types = option.auxiliaryTypes();
    return types.length == 1 && types[0].isEnum() ? types[0] : null;
  }

  private static OptionSpec spelled(OptionSpec option) {
    List<Enum<?>> constants = offered(enumType(option));
    List<String> names = constants.stream().map(Output::enumText).toList();
    return OptionSpec.builder(option)
        .completionCandidates(names)
        .converters(text -> convert(text, constants, names))
        .build();
  }

  private static List<Enum<?>> offered(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .<Enum<?>>map(constant -> (Enum<?>) constant)
        .filter(constant -> !constant.name().equals("UNKNOWN"))
        .toList();
  }

  private static Enum<?> convert(String text, List<Enum<?>> constants, List<String> names) {
    String wanted = normalized(text);
    for (Enum<?> constant : constants) {
      if (normalized(Output.enumText(constant)).equals(wanted)
          || normalized(constant.name()).equals(wanted)) {
        return constant;
      }
    }
    throw new CommandLine.TypeConversionException(
        "expected one of " + String.join(", ", names) + " (was '" + text + "')");
  }

  private static String normalized(String text) {
    return text.replaceAll("[_\\-\\s]", "").toLowerCase(Locale.ROOT);
  }
}
