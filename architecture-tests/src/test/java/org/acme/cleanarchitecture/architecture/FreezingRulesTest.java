package org.acme.cleanarchitecture.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acme.violations.application.lists.ServiceUsingInfrastructure;
import org.acme.violations.infrastructure.AdapterUsingApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the way to adopt the rules on an existing code base: the frozen rules record the
 * violations they find the first time, fail on new ones, and forget the ones that were fixed. The
 * legacy code base is the deliberately broken sample under {@code org.acme.violations}, as it
 * breaks every rule while still giving each rule something to check; a sample class left out of the
 * first run stands for code written later.
 */
class FreezingRulesTest {

  private static final String LEGACY_PACKAGE = "org.acme.violations";

  private static final JavaClasses LEGACY_CODE =
      new ClassFileImporter().importPackages(LEGACY_PACKAGE);

  private static final CleanArchitectureRules RULES =
      CleanArchitectureRules.forBasePackage(LEGACY_PACKAGE);

  @TempDir Path store;

  @BeforeEach
  void keepTheStoreInATemporaryDirectory() {
    // What a fork writes into archunit.properties, set per test to start from an empty store.
    ArchConfiguration.get().setProperty("freeze.store.default.path", store.toString());
    ArchConfiguration.get().setProperty("freeze.store.default.allowStoreCreation", "true");
  }

  @AfterEach
  void resetConfiguration() {
    ArchConfiguration.get().reset();
  }

  @Test
  void shouldRecordTheExistingViolationsAndPassOnTheFirstRun() {
    RULES.checkAllFrozen(LEGACY_CODE);

    assertThat(store.resolve("stored.rules")).isRegularFile();
    assertThat(storedViolations())
        .contains(ServiceUsingInfrastructure.class.getName())
        .contains(AdapterUsingApi.class.getName());
  }

  @Test
  void shouldFailOnAViolationTheStoreDoesNotHold() {
    RULES.checkAllFrozen(legacyCodeWithout(ServiceUsingInfrastructure.class));

    assertThatThrownBy(() -> RULES.checkAllFrozen(LEGACY_CODE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ServiceUsingInfrastructure.class.getName())
        .hasMessageNotContaining(AdapterUsingApi.class.getName());
  }

  @Test
  void shouldRemoveAFixedViolationFromTheStore() {
    RULES.checkAllFrozen(LEGACY_CODE);

    RULES.checkAllFrozen(legacyCodeWithout(AdapterUsingApi.class));

    assertThat(storedViolations())
        .doesNotContain(AdapterUsingApi.class.getName())
        .contains(ServiceUsingInfrastructure.class.getName());
  }

  /**
   * The legacy code as if {@code left} had never been written, or had been fixed. Left out of the
   * import, not merely filtered out of it: ArchUnit would still see its dependencies on the classes
   * that were imported.
   */
  private static JavaClasses legacyCodeWithout(Class<?> left) {
    String classFile = left.getName().replace('.', '/') + ".class";
    return new ClassFileImporter()
        .withImportOption(location -> !location.contains(classFile))
        .importPackages(LEGACY_PACKAGE);
  }

  /** The recorded violations of every rule: each rule's file, beside the index of rules. */
  private String storedViolations() {
    try (Stream<Path> files = Files.list(store)) {
      return files
          .filter(file -> !file.endsWith("stored.rules"))
          .map(FreezingRulesTest::read)
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
