package org.acme.cleanarchitecture.infrastructure.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks, before Quarkus starts for the tests, that PostgreSQL and Redis answer, so a missing
 * service fails the run with a message that says what to start instead of a connection stack trace.
 * The infrastructure's integration tests are the first to need the services in a build, so the
 * check lives here.
 */
@WithTestResource(value = LocalServices.class, scope = TestResourceScope.GLOBAL)
public class LocalServices implements QuarkusTestResourceLifecycleManager {

  private static final int TIMEOUT_MILLIS = 2_000;

  @Override
  public Map<String, String> start() {
    var config = ConfigProvider.getConfig();
    var database =
        URI.create(
            config
                .getValue("quarkus.datasource.jdbc.url", String.class)
                .substring("jdbc:".length()));
    var redis = URI.create(config.getValue("quarkus.redis.hosts", String.class));
    requireReachable("PostgreSQL", database, 5432, "TEST_DB_URL");
    requireReachable("Redis", redis, 6379, "TEST_REDIS_URL");
    return Map.of();
  }

  @Override
  public void stop() {}

  private static void requireReachable(
      String service, URI address, int defaultPort, String variable) {
    var port = address.getPort() == -1 ? defaultPort : address.getPort();
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(address.getHost(), port), TIMEOUT_MILLIS);
    } catch (IOException e) {
      throw new IllegalStateException(
          service
              + " is not reachable at "
              + address.getHost()
              + ":"
              + port
              + ". Start it (see README.md, \"Running the tests\"), or set "
              + variable
              + " to one that runs.",
          e);
    }
  }
}
