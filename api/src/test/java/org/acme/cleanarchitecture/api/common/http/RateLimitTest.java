package org.acme.cleanarchitecture.api.common.http;

import static io.restassured.RestAssured.given;
import static java.lang.String.valueOf;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.claims;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.signedBy;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.GRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.acme.cleanarchitecture.api.testsupport.TestKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request counts against a limit, a user's with a valid token and the client address's
 * otherwise, also those refused before any use case runs; over it, the answer is 429 with the time
 * to wait. The service's own endpoints are neither limited nor counted. The tests' limits are so
 * high that no other test reaches them, so to reach one, a test sets a caller's count in Redis to
 * the limit, as if the caller had sent that many requests in the window; the service then counts
 * the next request as it would any. Every test starts and ends with no request counted.
 */
@QuarkusTest
class RateLimitTest {

  private static final String USER_COUNTS = "rate-limit:user:*";
  private static final String ADDRESS_COUNTS = "rate-limit:address:*";

  private final RedisDataSource redis;
  private final int perUser;
  private final int perAddress;
  private final Duration window;

  RateLimitTest(
      RedisDataSource redis,
      @ConfigProperty(name = "app.rate-limit.requests-per-user") int perUser,
      @ConfigProperty(name = "app.rate-limit.requests-per-address") int perAddress,
      @ConfigProperty(name = "app.rate-limit.window") Duration window) {
    this.redis = redis;
    this.perUser = perUser;
    this.perAddress = perAddress;
    this.window = window;
  }

  /** The users register and log in the first time a test needs them, which counts; so forget it. */
  @BeforeEach
  void countNoRequestYet() {
    forgetEveryCount();
    ADA.token();
    GRACE.token();
    forgetEveryCount();
  }

  /** Every test calls from the same address, as the same users: no limit reached here may last. */
  @AfterEach
  void forgetTheCounts() {
    forgetEveryCount();
  }

  @Test
  void shouldTellTheUserTheLimitWhatRemainsAndWhenTheWindowEnds() {
    var response = getLists(ADA.request()).statusCode(200);

    assertAllowance(response, perUser, perUser - 1);
  }

  @Test
  void shouldCountDownWithEveryRequestAndAllowTheLastOne() {
    getLists(ADA.request()).statusCode(200).header("RateLimit-Remaining", valueOf(perUser - 1));
    getLists(ADA.request()).statusCode(200).header("RateLimit-Remaining", valueOf(perUser - 2));
    leaveEveryUser(2);

    getLists(ADA.request()).statusCode(200).header("RateLimit-Remaining", "1");
    getLists(ADA.request()).statusCode(200).header("RateLimit-Remaining", "0");
  }

  @Test
  void shouldRefuseTheUserOverTheLimitWithProblemDetailsAndTheTimeToWait() {
    getLists(ADA.request()).statusCode(200);
    leaveEveryUser(0);

    var refused = getLists(ADA.request());

    refused
        .statusCode(429)
        .contentType("application/problem+json")
        .body("status", equalTo(429))
        .body("title", equalTo("Too Many Requests"))
        .body("detail", equalTo("Too many requests; wait before sending more."));
    assertAllowance(refused, perUser, 0);
    assertThat(Long.parseLong(refused.extract().header("Retry-After")))
        .isBetween(1L, window.toSeconds())
        .isEqualTo(Long.parseLong(refused.extract().header("RateLimit-Reset")));
  }

  @Test
  void shouldCountEachUserOnTheirOwn() {
    getLists(ADA.request()).statusCode(200);
    leaveEveryUser(0);
    getLists(ADA.request()).statusCode(429);

    var grace = getLists(GRACE.request()).statusCode(200);

    assertAllowance(grace, perUser, perUser - 1);
  }

  @Test
  void shouldCountAnonymousCallersPerAddressApartFromUsers() {
    assertAllowance(getLists(given()).statusCode(401), perAddress, perAddress - 1);
    leaveTheAddress(1);
    assertAllowance(getLists(given()).statusCode(401), perAddress, 0);

    getLists(given()).statusCode(429).header("Retry-After", Long::parseLong, inTheWindow());
    assertAllowance(getLists(ADA.request()).statusCode(200), perUser, perUser - 1);
  }

  @Test
  void shouldCountAnInvalidTokenPerAddressAndStillRefuseItAsBefore() {
    var invalid = getLists(given().auth().oauth2("not-a-token"));

    invalid
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("detail", equalTo("The bearer token is not valid."));
    assertAllowance(invalid, perAddress, perAddress - 1);
  }

  @Test
  void shouldNeverCountAForgedTokenAgainstTheUserItNames() {
    var forged = signedBy(TestKeys.create("another-key"), claims().subject(ADA.id()));

    assertAllowance(
        getLists(given().auth().oauth2(forged)).statusCode(401), perAddress, perAddress - 1);
    leaveTheAddress(0);
    getLists(given().auth().oauth2(forged)).statusCode(429);

    assertAllowance(getLists(ADA.request()).statusCode(200), perUser, perUser - 1);
  }

  @Test
  void shouldCountRequestsRefusedBeforeAnyUseCase() {
    ADA.request().get("/api/nowhere").then().statusCode(404);
    ADA.request().body("{\"newPassword\": ").post("/api/users/me/password").then().statusCode(400);

    assertAllowance(getLists(ADA.request()).statusCode(200), perUser, perUser - 3);
  }

  /** With one request left to the address, none of these may take it or be refused. */
  @Test
  void shouldNeitherLimitNorCountTheServicesOwnEndpoints() {
    getLists(given()).statusCode(401);
    leaveTheAddress(1);

    for (var request = 0; request < 2; request++) {
      given()
          .get("/q/health")
          .then()
          .statusCode(200)
          .header("RateLimit-Limit", nullValue())
          .header("RateLimit-Remaining", nullValue());
      given().get("/q/openapi").then().statusCode(200).header("RateLimit-Limit", nullValue());
    }

    assertAllowance(getLists(given()).statusCode(401), perAddress, 0);
  }

  private static ValidatableResponse getLists(RequestSpecification request) {
    return request.get("/api/weather-forecasts").then();
  }

  private void assertAllowance(ValidatableResponse response, int limit, int remaining) {
    response
        .header("RateLimit-Limit", valueOf(limit))
        .header("RateLimit-Remaining", valueOf(remaining))
        .header("RateLimit-Reset", Long::parseLong, inTheWindow());
  }

  /** Whole seconds, at least one, and never longer than the window. */
  private Matcher<Long> inTheWindow() {
    return allOf(greaterThanOrEqualTo(1L), lessThanOrEqualTo(window.toSeconds()));
  }

  /** As if every user counted so far had sent all but {@code left} of their requests. */
  private void leaveEveryUser(int left) {
    setCounts(USER_COUNTS, perUser - left);
  }

  /** As if the client address had sent all but {@code left} of its requests without a token. */
  private void leaveTheAddress(int left) {
    setCounts(ADDRESS_COUNTS, perAddress - left);
  }

  /** Changes the counts only, so each window ends when the service set it to. */
  private void setCounts(String counters, long requests) {
    for (var counter : redis.key().keys(counters)) {
      redis.value(Long.class).set(counter, requests, new SetArgs().keepttl());
    }
  }

  private void forgetEveryCount() {
    var counts = redis.key().keys("rate-limit:*");
    if (!counts.isEmpty()) {
      redis.key().del(counts.toArray(String[]::new));
    }
  }
}
