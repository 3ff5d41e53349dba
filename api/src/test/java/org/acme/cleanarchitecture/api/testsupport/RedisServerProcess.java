package org.acme.cleanarchitecture.api.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} of a test's own, on a port of its own, which the test stops, starts again
 * and pauses, to see the service through Redis outages. Started without persistence, it comes back
 * empty, unless the test saved its data first.
 */
public final class RedisServerProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
  private static final int FIRST_SPARE_PORT = 20_000;
  private static final int FIRST_EPHEMERAL_PORT = 32_768;

  private final int port;
  private final Path directory;
  private Process process;

  private RedisServerProcess(int port, Path directory) {
    this.port = port;
    this.directory = directory;
  }

  /** Starts a server on the port, keeping its data file in a new temporary directory. */
  public static RedisServerProcess startOn(int port) {
    try {
      var server = new RedisServerProcess(port, Files.createTempDirectory("redis-server-"));
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A port nothing listens on now, for a server to start on later. It lies below the ports the
   * system hands out for port 0 and for outgoing connections (from 32768 on Linux, from 49152
   * elsewhere), so nothing takes it meanwhile: not the relay or the service, which listen on port
   * 0, nor any connection.
   */
  public static int sparePort() {
    var random = ThreadLocalRandom.current();
    for (var attempt = 0; attempt < 100; attempt++) {
      var port = random.nextInt(FIRST_SPARE_PORT, FIRST_EPHEMERAL_PORT);
      try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        // Another one, then.
      }
    }
    throw new IllegalStateException(
        "No free port between " + FIRST_SPARE_PORT + " and " + FIRST_EPHEMERAL_PORT);
  }

  /** Starts the server again, with the data it saved last, if any, and waits until it answers. */
  public void start() {
    try {
      process =
          new ProcessBuilder(
                  List.of(
                      "redis-server",
                      "--port",
                      String.valueOf(port),
                      "--bind",
                      "127.0.0.1",
                      "--save",
                      "",
                      "--appendonly",
                      "no",
                      "--dir",
                      directory.toString()))
              .redirectErrorStream(true)
              .redirectOutput(directory.resolve("redis.log").toFile())
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not run redis-server, which the Redis outage tests start themselves; install"
              + " Redis so that redis-server is on the PATH.",
          e);
    }
    awaitAnswer();
  }

  /** Stops the server; it forgets everything unless {@link #saveAndStop()} is used instead. */
  public void stop() {
    send("SHUTDOWN", "NOSAVE");
    awaitExit();
  }

  /** Saves the data and stops, so that {@link #start()} brings the server back with its data. */
  public void saveAndStop() {
    send("SHUTDOWN", "SAVE");
    awaitExit();
  }

  /**
   * Suspends the server's process: it keeps its connections and its data, and answers nothing until
   * {@link #resume()}. (Redis's own CLIENT PAUSE would hold back the command that ends it.)
   */
  public void pause() {
    signal("STOP");
  }

  public void resume() {
    signal("CONT");
  }

  /** Kills the server if it still runs and removes its files. */
  @Override
  public void close() {
    if (process != null) {
      process.destroyForcibly();
      awaitExit();
    }
    try (var files = Files.walk(directory)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void signal(String signal) {
    try {
      var kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("Could not send SIG" + signal + " to redis-server");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitAnswer() {
    var deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if ("+PONG".equals(send("PING"))) {
          return;
        }
      } catch (UncheckedIOException notYet) {
        // Not listening yet.
      }
      sleep();
    }
    throw new IllegalStateException("redis-server did not answer on port " + port);
  }

  private void awaitExit() {
    try {
      if (!process.waitFor(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("redis-server did not stop on port " + port);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends one command and returns the first line of the reply: none if the server hung up. */
  private String send(String... command) {
    try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout((int) START_TIMEOUT.toMillis());
      var request = new StringBuilder("*").append(command.length).append("\r\n");
      for (var argument : command) {
        request.append('$').append(argument.getBytes(UTF_8).length).append("\r\n");
        request.append(argument).append("\r\n");
      }
      socket.getOutputStream().write(request.toString().getBytes(UTF_8));
      return new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8)).readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
