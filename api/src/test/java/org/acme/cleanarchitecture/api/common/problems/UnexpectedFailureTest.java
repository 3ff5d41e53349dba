package org.acme.cleanarchitecture.api.common.problems;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.acme.cleanarchitecture.api.testsupport.FailingEndpoints;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An unexpected failure tells the client nothing but a correlation id, which the error logged on
 * the server also holds: no exception, message, stack trace or software name reaches the client.
 */
@QuarkusTest
class UnexpectedFailureTest {

  /** Held for the whole test: java.util.logging keeps only weak references to its loggers. */
  private final Logger problemsLog = Logger.getLogger(ProblemDetail.class.getPackageName());

  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
          logged.add(logRecord);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureTheLog() {
    problemsLog.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    problemsLog.removeHandler(capture);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {FailingEndpoints.RESOURCE_FAULT, FailingEndpoints.ROUTE_FAULT})
  void shouldAnswerOnlyWithCorrelationIdThatTheLogHolds(String path) {
    var response = given().get(path).then().statusCode(500).extract();
    String correlationId = response.path("correlationId");

    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(correlationId).matches("[0-9a-f-]{36}");
    assertThat(response.asString())
        .doesNotContain(
            "IllegalStateException",
            "java.",
            FailingEndpoints.PRIVATE_DETAIL,
            "SELECT",
            "Quarkus",
            "Vert.x");
    assertThat(logged)
        .singleElement()
        .satisfies(
            record -> {
              // Quarkus logs through JBoss LogManager, whose records keep the format and arguments.
              assertThat(((ExtLogRecord) record).getFormattedMessage()).contains(correlationId);
              assertThat(record.getThrown()).hasMessage(FailingEndpoints.PRIVATE_DETAIL);
            });
  }
}
