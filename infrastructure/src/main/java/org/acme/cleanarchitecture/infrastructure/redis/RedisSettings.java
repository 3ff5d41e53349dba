package org.acme.cleanarchitecture.infrastructure.redis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long any use of Redis waits for an answer before going on without it. */
@ConfigMapping(prefix = "app.redis")
public interface RedisSettings {

  /**
   * Short: a request that waits for Redis waits on top of its own work, and Redis on the same
   * network answers in about a millisecond.
   */
  @WithDefault("250ms")
  Duration timeout();
}
