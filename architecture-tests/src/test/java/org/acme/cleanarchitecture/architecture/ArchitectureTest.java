package org.acme.cleanarchitecture.architecture;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds the template's own production code to every rule of {@link CleanArchitectureRules}, in the
 * two ways a fork can: each rule as a test of its own that bears the rule's description, or every
 * rule in one line. A fork copies this class and changes {@code BASE_PACKAGE}.
 */
class ArchitectureTest {

  private static final String BASE_PACKAGE = "org.acme.cleanarchitecture";

  private static final CleanArchitectureRules RULES =
      CleanArchitectureRules.forBasePackage(BASE_PACKAGE);

  // Imported once for all the rules.
  private static final JavaClasses PRODUCTION_CODE = RULES.productionClasses();

  @TestFactory
  Stream<DynamicTest> shouldKeepEveryArchitectureRule() {
    return RULES.all().stream()
        .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(PRODUCTION_CODE)));
  }

  @Test
  void shouldKeepEveryArchitectureRuleCheckedInOneLine() {
    CleanArchitectureRules.forBasePackage(BASE_PACKAGE).checkAll();
  }
}
