package io.github.webex4j.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds ARCHITECTURE.md's rule that the CLI has no HTTP or JSON plumbing of its own: HTTP goes
 * through the client.
 *
 * <p>Two classes still build a Jackson mapper of their own and are named here rather than hidden:
 * {@code Output} (renders result records for {@code -o json}/{@code jsonl}) and {@code CardFile}
 * (reads {@code --card} files). No other class may build one.
 */
class CliArchitectureTest {
  private static final JavaClasses CLI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.webex4j.cli");

  private static final List<String> OWN_MAPPER_TODAY =
      List.of("io.github.webex4j.cli.Output", "io.github.webex4j.cli.CardFile");

  @Test
  void cliDoesNotUseTheJdkHttpClient() {
    noClasses().should().dependOnClassesThat().resideInAPackage("java.net.http..").check(CLI);
  }

  @Test
  void cliDoesNotReachIntoTheClientsInternals() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.webex4j.internal..")
        .check(CLI);
  }

  @Test
  void noFurtherClassBuildsItsOwnJacksonMapper() {
    buildsNoMapper(
            DescribedPredicate.describe(
                "other than " + OWN_MAPPER_TODAY, c -> !OWN_MAPPER_TODAY.contains(topLevel(c))))
        .check(CLI);
  }

  @Test
  void mapperRuleDetectsAMapperBeingBuilt() {
    ArchRule rule =
        buildsNoMapper(
            DescribedPredicate.describe(
                "Output", c -> topLevel(c).equals("io.github.webex4j.cli.Output")));
    assertThatThrownBy(() -> rule.check(CLI))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("JsonMapper");
  }

  private static ArchRule buildsNoMapper(DescribedPredicate<JavaClass> which) {
    return noClasses()
        .that(which)
        .should()
        .callConstructorWhere(
            DescribedPredicate.describe(
                "the target is a Jackson ObjectMapper",
                call -> call.getTargetOwner().isAssignableTo(ObjectMapper.class)))
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(MapperBuilder.class)
        .because("the CLI should take JSON from the client, not configure Jackson itself");
  }

  private static String topLevel(JavaClass c) {
    String name = c.getName();
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }
}
