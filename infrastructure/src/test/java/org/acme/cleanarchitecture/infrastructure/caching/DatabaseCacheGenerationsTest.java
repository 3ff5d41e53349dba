package org.acme.cleanarchitecture.infrastructure.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.acme.cleanarchitecture.application.common.ports.CacheGenerations;
import org.acme.cleanarchitecture.application.common.ports.CacheGenerations.Generations;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.infrastructure.persistence.TestTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generations in PostgreSQL: advanced in the caller's transaction and with it, each one new, and
 * read for an owner together with everyone's.
 */
@QuarkusTest
class DatabaseCacheGenerationsTest {

  private static final String ADA = "ada";
  private static final String GRACE = "grace";

  @Inject CacheGenerations generations;
  @Inject Transactions transactions;
  @Inject TestTables tables;

  @BeforeEach
  void startFromEmptyTables() {
    tables.empty();
  }

  @Test
  void shouldHaveNoGenerationBeforeTheOwnersFirstAdvance() {
    assertThat(generations.current(ADA)).isEmpty();
  }

  @Test
  void shouldMoveTheOwnersGenerationOnWithEveryAdvance() {
    var first = advanced(ADA);
    var second = advanced(ADA);

    assertThat(second.owner()).isNotEqualTo(first.owner());
  }

  @Test
  void shouldLeaveOtherOwnersGenerationsAlone() {
    var gracesBefore = advanced(GRACE);

    advanced(ADA);

    assertThat(generations.current(GRACE)).hasValue(gracesBefore);
  }

  @Test
  void shouldMoveEveryonesGenerationOnForEveryOwner() {
    var adasBefore = advanced(ADA);
    var gracesBefore = advanced(GRACE);

    transactions.inTransaction(
        () -> {
          generations.advanceEveryone();
          return null;
        });

    var adasAfter = generations.current(ADA).orElseThrow();
    var gracesAfter = generations.current(GRACE).orElseThrow();
    assertThat(adasAfter.owner()).isEqualTo(adasBefore.owner());
    assertThat(adasAfter.everyone()).isNotEqualTo(adasBefore.everyone());
    assertThat(gracesAfter.everyone()).isEqualTo(adasAfter.everyone());
    assertThat(gracesAfter.owner()).isEqualTo(gracesBefore.owner());
  }

  @Test
  void shouldRollTheAdvanceBackWithItsTransaction() {
    var before = advanced(ADA);

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      generations.advance(ADA);
                      throw new IllegalStateException("the command failed");
                    }))
        .hasMessage("the command failed");

    assertThat(generations.current(ADA)).hasValue(before);
  }

  @Test
  void shouldHandOutANewGenerationAfterTheRowsWereDeleted() {
    var before = advanced(ADA);
    tables.empty();

    var after = advanced(ADA);

    assertThat(after.owner()).isNotEqualTo(before.owner());
  }

  private Generations advanced(String owner) {
    transactions.inTransaction(
        () -> {
          generations.advance(owner);
          return null;
        });
    return generations.current(owner).orElseThrow();
  }
}
