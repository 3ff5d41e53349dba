package org.acme.cleanarchitecture.architecture;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds the template's own production code to every rule of {@link CleanArchitectureRules}, each as
 * a test of its own that bears the rule's description. A fork copies this class and changes {@code
 * BASE_PACKAGE}.
 */
class ArchitectureTest {

  private static final String BASE_PACKAGE = "org.acme.cleanarchitecture";

  // Imported once for all the rules; test classes may break the rules to set up their cases.
  private static final JavaClasses PRODUCTION_CODE =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages(BASE_PACKAGE);

  @TestFactory
  Stream<DynamicTest> shouldKeepEveryArchitectureRule() {
    return CleanArchitectureRules.forBasePackage(BASE_PACKAGE).all().stream()
        .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(PRODUCTION_CODE)));
  }
}
