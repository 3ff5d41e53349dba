package org.acme.cleanarchitecture.infrastructure.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long Redis keeps a claimed idempotency key, and the result recorded under it. */
@ConfigMapping(prefix = "app.idempotency")
public interface IdempotencySettings {

  /**
   * How long a command holds its key while it runs: longer than any create takes, since a claim
   * that lapses lets a retry run the command a second time; short enough that a key whose command
   * died with its process is free again soon.
   */
  @WithDefault("30s")
  Duration claimTtl();

  /** How long a result answers retries with the same key. */
  @WithDefault("24h")
  Duration resultTtl();
}
