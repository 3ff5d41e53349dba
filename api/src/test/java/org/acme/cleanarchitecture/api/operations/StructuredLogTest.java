package org.acme.cleanarchitecture.api.operations;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.acme.cleanarchitecture.api.testsupport.CapturedLog;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What an operator finds in the log of one request: every line holds the request id, the verified
 * caller's user id and the trace id, and production writes each line as a JSON object with the
 * fields a log collector indexes. The lines are read back through Quarkus's JSON formatter with the
 * settings production gives it, which are its defaults.
 */
@QuarkusTest
class StructuredLogTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldHoldTheRequestIdUserIdAndTraceIdOnEveryLineOfARequest() {
    var userId = ADA.id();

    var lines = jsonLinesOfRequest("structured-log-ids");

    assertThat(lines)
        .isNotEmpty()
        .allSatisfy(
            line -> {
              assertThat(line.at("/mdc/userId").asText()).isEqualTo(userId);
              assertThat(line.at("/mdc/traceId").asText()).matches("[0-9a-f]{32}");
              assertThat(line.at("/mdc/spanId").asText()).matches("[0-9a-f]{16}");
            });
    assertThat(lines.stream().map(line -> line.at("/mdc/traceId").asText()).distinct()).hasSize(1);
  }

  @Test
  void shouldWriteEachLineInProductionAsJsonWithTheFieldsOperatorsSearchBy() {
    var lines = jsonLinesOfRequest("structured-log-fields");

    assertThat(
            ConfigProvider.getConfig()
                .getConfigValue("%prod.quarkus.log.console.json.enabled")
                .getValue())
        .isEqualTo("true");
    assertThat(lines)
        .anySatisfy(
            line -> {
              assertThat(line.path("timestamp").asText()).isNotBlank();
              assertThat(line.path("level").asText()).isEqualTo("INFO");
              assertThat(line.path("loggerName").asText()).endsWith("LoggingBehaviour");
              assertThat(line.path("message").asText())
                  .startsWith("Request GetWeatherForecastsQuery by ");
              assertThat(line.path("mdc").fieldNames())
                  .toIterable()
                  .contains("requestId", "userId", "traceId", "spanId");
            });
  }

  /** The lines logged while the service answers one request of Ada's, as JSON objects. */
  private static List<JsonNode> jsonLinesOfRequest(String requestId) {
    ADA.id(); // signs Ada in first, if no test has yet, outside the lines read
    try (var log = CapturedLog.startFormattingWith(new JsonFormatter())) {
      ADA.request()
          .header("X-Request-Id", requestId)
          .get("/api/weather-forecasts")
          .then()
          .statusCode(200);
      return log.lines().stream()
          .map(StructuredLogTest::parse)
          .filter(line -> line.at("/mdc/requestId").asText().equals(requestId))
          .toList();
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
