package org.acme.cleanarchitecture.infrastructure.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.acme.cleanarchitecture.application.common.idempotency.CurrentIdempotencyKey;
import org.junit.jupiter.api.Test;

/** The idempotency key is the Idempotency-Key header of the HTTP request being served. */
@QuarkusTest
class HttpIdempotencyKeyTest {

  @Inject CurrentIdempotencyKey idempotencyKey;

  @Test
  void shouldReadTheKeyFromTheHeader() {
    given()
        .header("Idempotency-Key", "6f1c8a52-1d0e-4d59")
        .get("/idempotency-key")
        .then()
        .body(equalTo("6f1c8a52-1d0e-4d59"));
  }

  @Test
  void shouldReadSeveralHeadersAsOneCommaSeparatedValue() {
    given()
        .header("Idempotency-Key", "first")
        .header("Idempotency-Key", "second")
        .get("/idempotency-key")
        .then()
        .body(equalTo("first, second"));
  }

  @Test
  void shouldHaveNoKeyWithoutTheHeader() {
    given().get("/idempotency-key").then().body(equalTo("none"));
  }

  @Test
  void shouldHaveNoKeyOutsideAnHttpRequest() {
    assertThat(idempotencyKey.value()).isEmpty();
  }
}
