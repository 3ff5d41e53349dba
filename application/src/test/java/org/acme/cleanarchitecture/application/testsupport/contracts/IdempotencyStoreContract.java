package org.acme.cleanarchitecture.application.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyClaim;
import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyStore;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStore} promises, checked against the in-memory fake the behaviour's
 * tests rely on and against the adapter the service runs on, so the two cannot drift apart.
 * Implement {@link #store()} in a subclass per implementation. Each test claims keys of its own, so
 * a store that outlives the test run cannot answer from an earlier one.
 */
public abstract class IdempotencyStoreContract {

  private static final String FINGERPRINT = "fingerprint of a command";
  private static final String OTHER_FINGERPRINT = "fingerprint of another command";

  /** A result with some shape to it, to be read back as what it was. */
  public record Receipt(long id, String title) {}

  private final String key = "contract:" + UUID.randomUUID();

  protected abstract IdempotencyStore store();

  @Test
  void shouldGiveAFreeKeyToTheCommandThatClaimsIt() {
    var claim = store().claim(key, FINGERPRINT, Receipt.class);

    assertThat(claim)
        .isInstanceOfSatisfying(
            IdempotencyClaim.Claimed.class,
            claimed -> {
              assertThat(claimed.key()).isEqualTo(key);
              assertThat(claimed.fingerprint()).isEqualTo(FINGERPRINT);
            });
  }

  @Test
  void shouldTellTheSameCommandThatItIsStillRunning() {
    store().claim(key, FINGERPRINT, Receipt.class);

    assertThat(store().claim(key, FINGERPRINT, Receipt.class))
        .isInstanceOf(IdempotencyClaim.InFlight.class);
  }

  @Test
  void shouldTellAnotherCommandThatTheKeyIsTakenWhileTheFirstRuns() {
    store().claim(key, FINGERPRINT, Receipt.class);

    assertThat(store().claim(key, OTHER_FINGERPRINT, Receipt.class))
        .isInstanceOf(IdempotencyClaim.UsedByAnotherCommand.class);
  }

  @Test
  void shouldAnswerTheSameCommandWithTheRecordedResultAsItsType() {
    var claimed = (IdempotencyClaim.Claimed) store().claim(key, FINGERPRINT, Receipt.class);
    store().record(claimed, new Receipt(42, "Groceries"));

    assertThat(store().claim(key, FINGERPRINT, Receipt.class))
        .isEqualTo(new IdempotencyClaim.Completed(new Receipt(42, "Groceries")));
  }

  @Test
  void shouldAnswerTheSameCommandThatReturnedNothing() {
    var claimed = (IdempotencyClaim.Claimed) store().claim(key, FINGERPRINT, Void.class);
    store().record(claimed, null);

    assertThat(store().claim(key, FINGERPRINT, Void.class))
        .isEqualTo(new IdempotencyClaim.Completed(null));
  }

  @Test
  void shouldTellAnotherCommandThatTheKeyIsTakenOnceTheFirstIsRecorded() {
    var claimed = (IdempotencyClaim.Claimed) store().claim(key, FINGERPRINT, Receipt.class);
    store().record(claimed, new Receipt(42, "Groceries"));

    assertThat(store().claim(key, OTHER_FINGERPRINT, Receipt.class))
        .isInstanceOf(IdempotencyClaim.UsedByAnotherCommand.class);
  }

  @Test
  void shouldGiveAReleasedKeyToTheNextCommand() {
    var claimed = (IdempotencyClaim.Claimed) store().claim(key, FINGERPRINT, Receipt.class);
    store().release(claimed);

    assertThat(store().claim(key, OTHER_FINGERPRINT, Receipt.class))
        .isInstanceOf(IdempotencyClaim.Claimed.class);
  }

  @Test
  void shouldKeepAKeyFromAClaimThatNoLongerHoldsIt() {
    var earlier = (IdempotencyClaim.Claimed) store().claim(key, FINGERPRINT, Receipt.class);
    store().release(earlier);
    store().claim(key, FINGERPRINT, Receipt.class);

    store().release(earlier);
    store().record(earlier, new Receipt(42, "Groceries"));

    assertThat(store().claim(key, FINGERPRINT, Receipt.class))
        .isInstanceOf(IdempotencyClaim.InFlight.class);
  }

  @Test
  void shouldKeepEachKeyApart() {
    store().claim(key, FINGERPRINT, Receipt.class);

    assertThat(store().claim(key + ":other", FINGERPRINT, Receipt.class))
        .isInstanceOf(IdempotencyClaim.Claimed.class);
  }
}
