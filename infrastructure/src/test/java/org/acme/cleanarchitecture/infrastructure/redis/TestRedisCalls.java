package org.acme.cleanarchitecture.infrastructure.redis;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/**
 * A {@link RedisCalls} of a test's own, for the adapters' tests of their uses of Redis: its
 * warnings are due by the test's clock, not by what other tests made the service's instance warn
 * about already, and it counts into a registry the test can read.
 */
public final class TestRedisCalls {

  private TestRedisCalls() {}

  public static RedisCalls of(RedisSettings settings, Clock clock, MeterRegistry registry) {
    return new RedisCalls(settings, clock, registry);
  }
}
