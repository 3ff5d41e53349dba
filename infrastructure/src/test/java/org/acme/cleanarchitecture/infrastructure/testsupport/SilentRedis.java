package org.acme.cleanarchitecture.infrastructure.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Redis at its slowest: a socket that takes connections and never answers, offered to the tests as
 * the Redis client named {@code silent}. The operating system completes the connections, so the
 * client sends its commands and waits. Global, like {@code LocalServices}: the client is configured
 * for every test application, so no test class needs an application of its own.
 */
@WithTestResource(value = SilentRedis.class, scope = TestResourceScope.GLOBAL)
public class SilentRedis implements QuarkusTestResourceLifecycleManager {

  private ServerSocket socket;

  @Override
  public Map<String, String> start() {
    try {
      socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of("quarkus.redis.silent.hosts", "redis://127.0.0.1:" + socket.getLocalPort());
  }

  @Override
  public void stop() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
