package org.acme.cleanarchitecture.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.acme.cleanarchitecture.api.testsupport.OwnServers;
import org.acme.cleanarchitecture.api.testsupport.PostgresRelay;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL that stops answering, without refusing, takes the service out of readiness within
 * seconds, not after TCP gives up; liveness stays up, since a restart would not bring the database
 * back. (Redis's side is RedisUnavailableTest's.)
 */
@QuarkusTest
@TestProfile(OwnServers.class)
class HealthTimeoutsTest {

  private static final String DATABASE_CHECK = "Database connections health check";
  private static final Duration READINESS_DEADLINE = Duration.ofSeconds(3);

  /** Set by the relay the profile starts. */
  private PostgresRelay postgres;

  @Test
  void shouldReportADatabaseThatHangsDownWithinSecondsAndStayAlive() {
    assertThat(databaseCheck()).isEqualTo("UP");
    postgres.freeze();
    try {
      var asked = System.nanoTime();

      assertThat(databaseCheck()).isEqualTo("DOWN");
      assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(READINESS_DEADLINE);
      given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    } finally {
      postgres.thaw();
    }
    assertThat(databaseCheck()).as("once PostgreSQL answers again").isEqualTo("UP");
  }

  /** The database's status in readiness, which is DOWN anyway: this profile's Redis is absent. */
  private static String databaseCheck() {
    return given()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .extract()
        .path("checks.find { it.name == '" + DATABASE_CHECK + "' }.status");
  }
}
