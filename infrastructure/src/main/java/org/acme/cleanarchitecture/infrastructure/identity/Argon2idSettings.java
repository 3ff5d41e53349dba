package org.acme.cleanarchitecture.infrastructure.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The cost of new password hashes. The defaults are OWASP's minimum for Argon2id, and the hasher
 * refuses anything lower; raise them as far as logins can afford.
 */
@ConfigMapping(prefix = "app.identity.argon2")
interface Argon2idSettings {

  /** Memory each hash fills, in KiB. */
  @WithDefault("19456")
  int memoryKib();

  /** Passes over that memory. */
  @WithDefault("2")
  int iterations();

  /** Lanes filled in parallel. */
  @WithDefault("1")
  int parallelism();
}
