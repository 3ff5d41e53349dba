package org.acme.cleanarchitecture.api.common.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.acme.cleanarchitecture.api.testsupport.CapturedLog;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection in the middle of its request, as a load tool does when it
 * stops, is no failure of the service: it is logged briefly, at debug level, never as an error.
 */
@QuarkusTest
class ClientAbortTest {

  private static final Duration PATIENCE = Duration.ofSeconds(5);
  private static final int ATTEMPTS = 3;

  @TestHTTPResource("/")
  URI service;

  @Test
  void shouldLogClientThatClosesMidRequestAsDebugOnly() throws Exception {
    try (var log = CapturedLog.start()) {
      // On a busy machine the service may read the closed connection before it has started the
      // request, and then there is no request to fail: only an attempt it started counts.
      for (var attempt = 0; attempt < ATTEMPTS && !logsTheAbort(log); attempt++) {
        sendHalfARequestAndClose();
        awaitTheAbort(log);
      }

      assertThat(log.lines())
          .anySatisfy(
              line ->
                  assertThat(line)
                      .contains("DEBUG", "Client closed the connection during /api/users/register")
                      .doesNotContain("\tat "))
          .noneMatch(line -> line.contains(" ERROR "));
    }
  }

  private static boolean logsTheAbort(CapturedLog log) {
    return log.text().contains("Client closed the connection");
  }

  private static void awaitTheAbort(CapturedLog log) throws InterruptedException {
    var deadline = Instant.now().plus(PATIENCE);
    while (!logsTheAbort(log) && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
  }

  /** A registration whose body declares more bytes than it sends before the connection closes. */
  private void sendHalfARequestAndClose() throws Exception {
    try (var socket = new Socket(service.getHost(), service.getPort())) {
      var head =
          "POST /api/users/register HTTP/1.1\r\n"
              + "Host: localhost\r\n"
              + "Content-Type: application/json\r\n"
              + "Content-Length: 1000\r\n"
              + "\r\n"
              + "{\"email\": \"half-an-addr";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      // Time for the service to start the request and wait for the rest of the body.
      Thread.sleep(300);
    }
  }
}
