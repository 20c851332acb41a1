package io.github.webex4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Holds the dependency rules of ARCHITECTURE.md for the client's production code. */
class ArchitectureTest {
  private static final JavaClasses CLIENT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.webex4j");

  private static final DescribedPredicate<JavaClass> CLIENT_MAIN =
      DescribedPredicate.describe(
          "client classes",
          c ->
              !c.getPackageName().startsWith("io.github.webex4j.emulator")
                  && !c.getPackageName().startsWith("io.github.webex4j.cli")
                  && !c.getPackageName().startsWith("io.github.webex4j.examples"));

  /**
   * The public classes that build the internal machinery. They sit at the top: every other class,
   * in the API or internal, is wired by them and never depends back on them, except where the API
   * passes the client itself to a callback (see {@link #packagesAreFreeOfCycles()}).
   */
  private static final List<String> ENTRY_POINTS =
      List.of(
          "io.github.webex4j.WebexClient",
          "io.github.webex4j.OAuthRefreshTokenProvider",
          "io.github.webex4j.DotEnvFile",
          "io.github.webex4j.http.HttpEngines");

  private static final String ROOT = "io.github.webex4j";
  private static final String ENGINE_API = "io.github.webex4j.http";
  private static final String BULK_API = "io.github.webex4j.bulk";
  private static final String UTIL = "io.github.webex4j.internal.util";
  private static final List<String> TRANSPORT =
      List.of("io.github.webex4j.internal", "io.github.webex4j.internal.http");
  private static final List<String> SERVICES =
      List.of("io.github.webex4j.internal.services", "io.github.webex4j.internal.bulk");

  private static boolean isClient(JavaClass c) {
    return CLIENT_MAIN.test(c) && c.getPackageName().startsWith(ROOT);
  }

  private static boolean isEntryPoint(JavaClass c) {
    String name = c.getName();
    return ENTRY_POINTS.stream().anyMatch(e -> name.equals(e) || name.startsWith(e + "$"));
  }

  private static DescribedPredicate<JavaClass> inPackages(String description, List<String> pkgs) {
    return DescribedPredicate.describe(
        description, c -> isClient(c) && !isEntryPoint(c) && pkgs.contains(c.getPackageName()));
  }

  /** A resource package: a direct subpackage of the root other than http, bulk and internal. */
  private static boolean isResource(JavaClass c) {
    String pkg = c.getPackageName();
    return isClient(c)
        && pkg.startsWith(ROOT + ".")
        && pkg.indexOf('.', ROOT.length() + 1) < 0
        && !List.of(ENGINE_API, BULK_API, ROOT + ".internal").contains(pkg);
  }

  @Test
  void packagesAreFreeOfCycles() {
    // Each package is a slice, except that the entry points form their own: WebexClient names every
    // resource while the resources return the root's Page, so the root package as a whole is in a
    // cycle by design. The bulk API passes the WebexClient running a job to its BulkCall callback
    // (and the internal runner holds it for that), which the entry point's bulk() returns in turn:
    // that one back-reference is allowed.
    SliceAssignment byPackage =
        new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass c) {
            if (!isClient(c)) {
              return SliceIdentifier.ignore();
            }
            return isEntryPoint(c)
                ? SliceIdentifier.of("entry points")
                : SliceIdentifier.of(c.getPackageName());
          }

          @Override
          public String getDescription() {
            return "client packages, the entry points apart";
          }
        };
    slices()
        .assignedFrom(byPackage)
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            DescribedPredicate.describe(
                "the bulk API and runner",
                (JavaClass c) ->
                    List.of(BULK_API, ROOT + ".internal.bulk").contains(c.getPackageName())),
            DescribedPredicate.describe(
                "WebexClient and its nested types",
                (JavaClass c) ->
                    c.getName().matches("io\\.github\\.webex4j\\.WebexClient(\\$.*)?")))
        .check(CLIENT);
  }

  @Test
  void cycleRuleDetectsACycle() {
    // Without the entry points apart, the root package and rooms are in a cycle (WebexClient
    // returns Rooms, Rooms returns Page): the rule must see it.
    ArchRule rule =
        slices()
            .assignedFrom(
                new SliceAssignment() {
                  @Override
                  public SliceIdentifier getIdentifierOf(JavaClass c) {
                    return isClient(c)
                        ? SliceIdentifier.of(c.getPackageName())
                        : SliceIdentifier.ignore();
                  }

                  @Override
                  public String getDescription() {
                    return "client packages";
                  }
                })
            .should()
            .beFreeOfCycles();
    assertThatThrownBy(() -> rule.check(CLIENT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Slice io.github.webex4j.rooms");
  }

  @Test
  void layersDependOnlyDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .ensureAllClassesAreContainedInArchitectureIgnoring(
            DescribedPredicate.describe("classes outside the client", c -> !isClient(c)))
        .layer("Entry points")
        .definedBy(DescribedPredicate.describe("entry points", c -> isClient(c) && isEntryPoint(c)))
        .layer("Core")
        .definedBy(inPackages("the root package's types", List.of(ROOT)))
        .layer("Engine API")
        .definedBy(inPackages("the engine interface", List.of(ENGINE_API)))
        .layer("Util")
        .definedBy(inPackages("internal.util", List.of(UTIL)))
        .layer("Resources")
        .definedBy(DescribedPredicate.describe("resource packages", c -> isResource(c)))
        .layer("Bulk API")
        .definedBy(inPackages("the bulk API", List.of(BULK_API)))
        .layer("Transport")
        .definedBy(inPackages("internal and internal.http", TRANSPORT))
        .layer("Services")
        .definedBy(inPackages("internal.services and internal.bulk", SERVICES))
        .whereLayer("Core")
        .mayOnlyAccessLayers("Engine API")
        .whereLayer("Engine API")
        .mayNotAccessAnyLayer()
        .whereLayer("Util")
        .mayOnlyAccessLayers("Core")
        .whereLayer("Resources")
        .mayOnlyAccessLayers("Core", "Engine API", "Util")
        .whereLayer("Bulk API")
        .mayOnlyAccessLayers("Core", "Entry points")
        .whereLayer("Transport")
        .mayOnlyAccessLayers("Core", "Engine API", "Util")
        .whereLayer("Services")
        .mayOnlyAccessLayers(
            "Core", "Engine API", "Util", "Resources", "Bulk API", "Transport", "Entry points")
        .check(CLIENT);
  }

  @Test
  void layerRuleDetectsAViolation() {
    // Resources may not reach the transport: pretending Rooms were a resource-layer class that may
    // reach nothing but Core shows the rule fails on a real dependency (Rooms returns Page).
    ArchRule rule =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Rooms")
            .definedBy("io.github.webex4j.rooms")
            .layer("Core")
            .definedBy(inPackages("the root package's types", List.of(ROOT)))
            .whereLayer("Rooms")
            .mayNotAccessAnyLayer();
    assertThatThrownBy(() -> rule.check(CLIENT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("io.github.webex4j.Page");
  }

  @Test
  void clientNeverDependsOnEmulatorCliOrExamples() {
    noClasses()
        .that(CLIENT_MAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.webex4j.emulator..",
            "io.github.webex4j.cli..",
            "io.github.webex4j.examples..")
        .check(CLIENT);
  }

  @Test
  void publicApiExposesNoInternalJacksonOrJdkHttpTypes() {
    ArchRule rule =
        ArchRuleDefinition.classes()
            .that(CLIENT_MAIN)
            .and()
            .resideOutsideOfPackage("io.github.webex4j.internal..")
            .and()
            .arePublic()
            .should(exposeOnlyPublicApiTypes());
    rule.check(CLIENT);
  }

  @Test
  void onlyTheInternalPackageUsesJacksonOrTheJdkHttpClient() {
    noClasses()
        .that(CLIENT_MAIN)
        .and()
        .resideOutsideOfPackage("io.github.webex4j.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "java.net.http..")
        .check(CLIENT);
  }

  @Test
  void publicApiDoesNotExtendInternalTypes() {
    noClasses()
        .that(CLIENT_MAIN)
        .and()
        .resideOutsideOfPackage("io.github.webex4j.internal..")
        .and()
        .arePublic()
        .should()
        .beAssignableTo(
            DescribedPredicate.describe(
                "an internal type",
                (JavaClass c) -> c.getPackageName().startsWith("io.github.webex4j.internal")))
        .check(CLIENT);
  }

  @Test
  void exposureRuleDetectsAViolation() {
    // TeamsService is internal and its public constructor takes the internal Transport: applying
    // the rule to it must fail, which shows the rule is able to fail.
    ArchRule rule =
        ArchRuleDefinition.classes()
            .that()
            .haveFullyQualifiedName("io.github.webex4j.internal.services.TeamsService")
            .should(exposeOnlyPublicApiTypes());
    assertThatThrownBy(() -> rule.check(CLIENT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("io.github.webex4j.internal.Transport");
  }

  private static boolean forbidden(JavaClass type) {
    String pkg = type.getPackageName();
    return pkg.startsWith("io.github.webex4j.internal")
        || pkg.startsWith("com.fasterxml.jackson")
        || pkg.startsWith("java.net.http");
  }

  private static ArchCondition<JavaClass> exposeOnlyPublicApiTypes() {
    return new ArchCondition<>("expose no internal, Jackson or java.net.http type publicly") {
      @Override
      public void check(JavaClass clazz, ConditionEvents events) {
        for (JavaMember member : clazz.getMembers()) {
          boolean visible =
              member.getModifiers().contains(JavaModifier.PUBLIC)
                  || member.getModifiers().contains(JavaModifier.PROTECTED);
          if (!visible || member.getModifiers().contains(JavaModifier.SYNTHETIC)) {
            continue;
          }
          for (JavaClass type : signatureTypes(member)) {
            if (forbidden(type)) {
              events.add(
                  SimpleConditionEvent.violated(
                      member, member.getFullName() + " exposes " + type.getName()));
            }
          }
        }
        for (JavaType iface : clazz.getInterfaces()) {
          for (JavaClass type : iface.getAllInvolvedRawTypes()) {
            if (forbidden(type)) {
              events.add(
                  SimpleConditionEvent.violated(
                      clazz, clazz.getName() + " implements " + type.getName()));
            }
          }
        }
      }
    };
  }

  private static Set<JavaClass> signatureTypes(JavaMember member) {
    Set<JavaClass> types = new HashSet<>();
    if (member instanceof JavaField) {
      types.addAll(((JavaField) member).getType().getAllInvolvedRawTypes());
    }
    if (member instanceof JavaCodeUnit) {
      JavaCodeUnit unit = (JavaCodeUnit) member;
      types.addAll(unit.getReturnType().getAllInvolvedRawTypes());
      unit.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
      unit.getThrowsClause().getTypes().forEach(t -> types.add(t));
    }
    return types;
  }
}
