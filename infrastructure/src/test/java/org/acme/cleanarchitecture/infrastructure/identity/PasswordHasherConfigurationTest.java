package org.acme.cleanarchitecture.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.acme.cleanarchitecture.application.users.PasswordHasher;
import org.junit.jupiter.api.Test;

/** The service hashes with Argon2id at OWASP's minimum cost unless configured otherwise. */
@QuarkusTest
class PasswordHasherConfigurationTest {

  @Inject PasswordHasher hasher;

  @Test
  void shouldHashAtOwaspMinimumCostByDefault() {
    assertThat(hasher.hash("correct horse battery staple"))
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
  }
}
