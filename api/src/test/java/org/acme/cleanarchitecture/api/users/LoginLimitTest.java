package org.acme.cleanarchitecture.api.users;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.PASSWORD;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.login;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.acme.cleanarchitecture.api.testsupport.LoginFailures;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are limited per account and per client address, with the service's own limits: at
 * either, a login is refused with 429 and the time to wait, even with the right password.
 */
@QuarkusTest
class LoginLimitTest {

  private static final String ALAN = "alan@example.org";
  private static final String BARBARA = "barbara@example.org";
  private static final String WRONG_PASSWORD = "not the password at all";

  private final TestDatabase database;
  private final LoginFailures loginFailures;
  private final int maxFailuresPerAccount;
  private final int maxFailuresPerAddress;
  private final Duration window;

  LoginLimitTest(
      TestDatabase database,
      LoginFailures loginFailures,
      @ConfigProperty(name = "app.identity.login-throttle.max-failures-per-account")
          int maxFailuresPerAccount,
      @ConfigProperty(name = "app.identity.login-throttle.max-failures-per-address")
          int maxFailuresPerAddress,
      @ConfigProperty(name = "app.identity.login-throttle.window") Duration window) {
    this.database = database;
    this.loginFailures = loginFailures;
    this.maxFailuresPerAccount = maxFailuresPerAccount;
    this.maxFailuresPerAddress = maxFailuresPerAddress;
    this.window = window;
  }

  @BeforeEach
  void registerBarbara() {
    database.reset();
    loginFailures.forgetAll();
    register(BARBARA, PASSWORD).then().statusCode(201);
  }

  /** Every test calls from the same address: the limits reached here must refuse no other test. */
  @AfterEach
  void forgetTheFailures() {
    loginFailures.forgetAll();
  }

  @Test
  void shouldRefuseOnlyTheAccountThatReachedItsLimit() {
    register(ALAN, PASSWORD).then().statusCode(201);
    for (var failure = 0; failure < maxFailuresPerAccount; failure++) {
      login(ALAN, WRONG_PASSWORD).then().statusCode(401);
    }

    assertRefused(login(ALAN, PASSWORD).then());
    login(BARBARA, PASSWORD).then().statusCode(200);
  }

  @Test
  void shouldRefuseEveryAccountOnceTheAddressReachedItsLimit() {
    for (var failure = 0; failure < maxFailuresPerAddress; failure++) {
      login("stranger" + failure + "@example.org", WRONG_PASSWORD).then().statusCode(401);
    }

    assertRefused(login(BARBARA, PASSWORD).then());
  }

  private void assertRefused(ValidatableResponse response) {
    var retryAfter =
        response
            .statusCode(429)
            .contentType("application/problem+json")
            .body("status", equalTo(429))
            .body("detail", equalTo("Too many failed logins; try again later."))
            .extract()
            .header("Retry-After");

    assertThat(Long.parseLong(retryAfter)).isBetween(1L, window.toSeconds());
  }
}
