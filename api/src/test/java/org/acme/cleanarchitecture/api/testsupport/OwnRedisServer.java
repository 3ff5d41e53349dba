package org.acme.cleanarchitecture.api.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Points the service's Redis client at a spare local port, where a test runs a {@link
 * RedisServerProcess} of its own to stop, start and pause. The port is in {@code
 * quarkus.redis.hosts}.
 */
public class OwnRedisServer implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + RedisServerProcess.sparePort());
  }
}
