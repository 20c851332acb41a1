package io.github.webex4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
import java.util.HashSet;
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
