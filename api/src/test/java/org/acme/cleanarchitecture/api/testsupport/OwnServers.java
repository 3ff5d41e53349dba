package org.acme.cleanarchitecture.api.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Servers the tests of outages control: the service's Redis client points at a spare local port,
 * where a test runs a {@link RedisServerProcess} of its own to stop, start and pause (the port is
 * in {@code quarkus.redis.hosts}); and its datasource reaches PostgreSQL through a {@link
 * PostgresRelay}, which a test freezes. One profile for all of them, so they share one start of the
 * service.
 */
public class OwnServers implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + RedisServerProcess.sparePort());
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(PostgresRelay.class));
  }
}
