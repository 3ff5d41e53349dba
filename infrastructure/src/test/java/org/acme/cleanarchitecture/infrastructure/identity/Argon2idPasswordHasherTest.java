package org.acme.cleanarchitecture.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.users.PasswordHasher.Verification;
import org.acme.cleanarchitecture.infrastructure.identity.Argon2idPasswordHasher.Cost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2idPasswordHasherTest {

  private static final String PASSWORD = "correct horse battery staple";

  // Both made by the Argon2 reference implementation from PASSWORD and the salt "saltsaltsaltsalt".
  private static final String REFERENCE_HASH_AT_OWASP_MINIMUM =
      "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM";
  private static final String REFERENCE_HASH_BELOW_OWASP_MINIMUM =
      "$argon2id$v=19$m=8192,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$xwP/sUpncRUpT63+0aadhrYrW8PTzYL8TrQp/6Tj9lA";

  private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(Cost.OWASP_MINIMUM);

  @Test
  void shouldMatchThePasswordItHashed() {
    assertThat(hasher.verify(PASSWORD, hasher.hash(PASSWORD))).isEqualTo(Verification.MATCH);
  }

  @Test
  void shouldNotMatchAnotherPassword() {
    assertThat(hasher.verify("correct horse battery stapler", hasher.hash(PASSWORD)))
        .isEqualTo(Verification.MISMATCH);
  }

  @Test
  void shouldSaltEveryHashAfresh() {
    assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
  }

  @Test
  void shouldWriteThePhcStringOfArgon2idWithItsCostA16ByteSaltAndA32ByteHash() {
    // Unpadded Base64 takes 22 characters for 16 bytes and 43 for 32.
    assertThat(hasher.hash(PASSWORD))
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
  }

  @Test
  void shouldMatchHashOfTheReferenceImplementation() {
    assertThat(hasher.verify(PASSWORD, REFERENCE_HASH_AT_OWASP_MINIMUM))
        .isEqualTo(Verification.MATCH);
    assertThat(hasher.verify("Correct horse battery staple", REFERENCE_HASH_AT_OWASP_MINIMUM))
        .isEqualTo(Verification.MISMATCH);
  }

  @Test
  void shouldAskForRehashOfMatchingHashMadeAtWeakerCostUntilItIsHashedAgain() {
    assertThat(hasher.verify(PASSWORD, REFERENCE_HASH_BELOW_OWASP_MINIMUM))
        .isEqualTo(Verification.MATCH_NEEDS_REHASH);
    assertThat(hasher.verify(PASSWORD, hasher.hash(PASSWORD))).isEqualTo(Verification.MATCH);
  }

  @Test
  void shouldNotMatchAnotherPasswordAgainstHashMadeAtWeakerCost() {
    assertThat(hasher.verify("Tr0ub4dor&3", REFERENCE_HASH_BELOW_OWASP_MINIMUM))
        .isEqualTo(Verification.MISMATCH);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "correct horse battery staple",
        "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
        "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM$",
        "$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=19456,t=2,p=0$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=99999999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$Q",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHr"
      })
  void shouldAnswerMismatchRatherThanFailForStoredHashItCannotRead(String storedHash) {
    assertThat(hasher.verify(PASSWORD, storedHash)).isEqualTo(Verification.MISMATCH);
  }

  @Test
  void shouldRefuseCostBelowOwaspMinimumNamingTheSettings() {
    assertThatThrownBy(() -> new Argon2idPasswordHasher(new Cost(8192, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Argon2id cost m=8192,t=1,p=1 is below OWASP's minimum m=19456,t=2,p=1: raise"
                + " app.identity.argon2.memory-kib, iterations or parallelism.");
  }

  @ParameterizedTest
  @CsvSource({"19455, 2, 1", "19456, 1, 1", "19456, 2, 0", "65536, 1, 4", "8192, 3, 1"})
  void shouldTakeCostLowerInAnyParameterForWeaker(int memoryKib, int iterations, int parallelism) {
    assertThat(new Cost(memoryKib, iterations, parallelism).isWeakerThan(Cost.OWASP_MINIMUM))
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({"19456, 2, 1", "19457, 2, 1", "19456, 3, 1", "19456, 2, 2", "65536, 3, 4"})
  void shouldNotTakeCostAtLeastAsHighInEveryParameterForWeaker(
      int memoryKib, int iterations, int parallelism) {
    assertThat(new Cost(memoryKib, iterations, parallelism).isWeakerThan(Cost.OWASP_MINIMUM))
        .isFalse();
  }
}
