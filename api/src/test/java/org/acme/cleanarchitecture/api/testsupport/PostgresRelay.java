package org.acme.cleanarchitecture.api.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A TCP relay on a local port between the service and its PostgreSQL, which a test freezes: the
 * connections stay open and nothing passes either way until it thaws, as when PostgreSQL hangs or
 * the network silently drops packets (a stopped PostgreSQL refuses connections at once, the easier
 * case). Started for a test profile, it points the datasource at itself; a test gets it in a field
 * of its type.
 */
public class PostgresRelay implements QuarkusTestResourceLifecycleManager {

  private final Queue<Socket> sockets = new ConcurrentLinkedQueue<>();
  private final Object thawed = new Object();
  private boolean frozen;
  private ServerSocket listener;
  private URI postgres;

  @Override
  public Map<String, String> start() {
    postgres =
        URI.create(
            ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class)
                .substring("jdbc:".length()));
    try {
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    startDaemon("postgres-relay", this::accept);
    var relayed = "postgresql://127.0.0.1:" + listener.getLocalPort() + postgres.getRawPath();
    var query = postgres.getRawQuery() == null ? "" : "?" + postgres.getRawQuery();
    return Map.of("quarkus.datasource.jdbc.url", "jdbc:" + relayed + query);
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(this, new TestInjector.MatchesType(PostgresRelay.class));
  }

  @Override
  public void stop() {
    try {
      listener.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    thaw();
    sockets.forEach(this::closeQuietly);
  }

  /** From now on, nothing passes between the service and PostgreSQL, on any connection. */
  public void freeze() {
    synchronized (thawed) {
      frozen = true;
    }
  }

  /** Lets everything through again, including what was held back meanwhile. */
  public void thaw() {
    synchronized (thawed) {
      frozen = false;
      thawed.notifyAll();
    }
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        var service = listener.accept();
        var database =
            new Socket(postgres.getHost(), postgres.getPort() == -1 ? 5432 : postgres.getPort());
        sockets.add(service);
        sockets.add(database);
        relay(service, database);
        relay(database, service);
      } catch (IOException closed) {
        // The listener was closed by stop(), or PostgreSQL refused: the service sees a reset.
      }
    }
  }

  /** Copies one direction of a connection, holding every chunk back while frozen. */
  private void relay(Socket from, Socket to) {
    startDaemon(
        "postgres-relay-" + from.getPort(),
        () -> {
          try (InputStream in = from.getInputStream();
              OutputStream out = to.getOutputStream()) {
            var buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) != -1; ) {
              awaitThawed();
              out.write(buffer, 0, read);
              out.flush();
            }
          } catch (IOException | InterruptedException ended) {
            // One side closed its connection: close the other, as PostgreSQL would.
          } finally {
            closeQuietly(from);
            closeQuietly(to);
          }
        });
  }

  private void awaitThawed() throws InterruptedException {
    synchronized (thawed) {
      while (frozen) {
        thawed.wait();
      }
    }
  }

  private static void startDaemon(String name, Runnable task) {
    var thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private void closeQuietly(Socket socket) {
    sockets.remove(socket);
    try {
      socket.close();
    } catch (IOException alreadyClosed) {
      // Nothing left to release.
    }
  }
}
