package org.acme.cleanarchitecture.api.common.http;

import static io.restassured.RestAssured.given;
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
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.TestKeys;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request counts against a limit, a user's with a valid token and the client address's
 * otherwise, also those refused before any use case runs; over it, the answer is 429 with the time
 * to wait. The service's own endpoints are neither limited nor counted. Low limits of its own, so
 * they are reached in a few requests; every test starts with no request counted.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

  private static final int PER_USER = 5;
  // Room for the two users' first registration and login, four anonymous requests in a row.
  private static final int PER_ADDRESS = 5;
  private static final int WINDOW_SECONDS = 60;

  public static class LowLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "app.rate-limit.requests-per-user", String.valueOf(PER_USER),
          "app.rate-limit.requests-per-address", String.valueOf(PER_ADDRESS),
          "app.rate-limit.window", WINDOW_SECONDS + "s");
    }
  }

  private final RedisDataSource redis;

  RateLimitTest(RedisDataSource redis) {
    this.redis = redis;
  }

  /** The users register and log in the first time a test needs them, which counts; so forget it. */
  @BeforeEach
  void countNoRequestYet() {
    forgetEveryCount();
    ADA.token();
    GRACE.token();
    forgetEveryCount();
  }

  @Test
  void shouldTellTheUserTheLimitWhatRemainsAndWhenTheWindowEnds() {
    var response = getLists(ADA.request()).statusCode(200);

    assertAllowance(response, PER_USER, PER_USER - 1);
  }

  @Test
  void shouldCountDownWithEveryRequest() {
    for (var remaining = PER_USER - 1; remaining >= 0; remaining--) {
      getLists(ADA.request())
          .statusCode(200)
          .header("RateLimit-Remaining", String.valueOf(remaining));
    }
  }

  @Test
  void shouldRefuseTheUserOverTheLimitWithProblemDetailsAndTheTimeToWait() {
    sendAllowedRequests(ADA);

    var refused = getLists(ADA.request());

    refused
        .statusCode(429)
        .contentType("application/problem+json")
        .body("status", equalTo(429))
        .body("title", equalTo("Too Many Requests"))
        .body("detail", equalTo("Too many requests; wait before sending more."));
    assertAllowance(refused, PER_USER, 0);
    assertThat(Integer.parseInt(refused.extract().header("Retry-After")))
        .isBetween(1, WINDOW_SECONDS)
        .isEqualTo(Integer.parseInt(refused.extract().header("RateLimit-Reset")));
  }

  @Test
  void shouldCountEachUserOnTheirOwn() {
    sendAllowedRequests(ADA);
    getLists(ADA.request()).statusCode(429);

    var grace = getLists(GRACE.request()).statusCode(200);

    assertAllowance(grace, PER_USER, PER_USER - 1);
  }

  @Test
  void shouldCountAnonymousCallersPerAddressApartFromUsers() {
    for (var remaining = PER_ADDRESS - 1; remaining >= 0; remaining--) {
      var anonymous = getLists(given()).statusCode(401);
      assertAllowance(anonymous, PER_ADDRESS, remaining);
    }

    getLists(given()).statusCode(429).header("Retry-After", Integer::parseInt, inTheWindow());
    assertAllowance(getLists(ADA.request()).statusCode(200), PER_USER, PER_USER - 1);
  }

  @Test
  void shouldCountAnInvalidTokenPerAddressAndStillRefuseItAsBefore() {
    var invalid = getLists(given().auth().oauth2("not-a-token"));

    invalid
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("detail", equalTo("The bearer token is not valid."));
    assertAllowance(invalid, PER_ADDRESS, PER_ADDRESS - 1);
  }

  @Test
  void shouldNeverCountAForgedTokenAgainstTheUserItNames() {
    var forged = signedBy(TestKeys.create("another-key"), claims().subject(ADA.id()));

    for (var request = 0; request < PER_ADDRESS; request++) {
      getLists(given().auth().oauth2(forged)).statusCode(401);
    }
    getLists(given().auth().oauth2(forged)).statusCode(429);

    assertAllowance(getLists(ADA.request()).statusCode(200), PER_USER, PER_USER - 1);
  }

  @Test
  void shouldCountRequestsRefusedBeforeAnyUseCase() {
    ADA.request().get("/api/nowhere").then().statusCode(404);
    ADA.request().body("{\"title\": ").post("/api/todo-lists").then().statusCode(400);

    assertAllowance(getLists(ADA.request()).statusCode(200), PER_USER, PER_USER - 3);
  }

  @Test
  void shouldNeitherLimitNorCountTheServicesOwnEndpoints() {
    for (var request = 0; request < PER_ADDRESS + 1; request++) {
      given()
          .get("/q/health")
          .then()
          .statusCode(200)
          .header("RateLimit-Limit", nullValue())
          .header("RateLimit-Remaining", nullValue());
      given().get("/q/openapi").then().statusCode(200).header("RateLimit-Limit", nullValue());
    }

    assertAllowance(getLists(given()).statusCode(401), PER_ADDRESS, PER_ADDRESS - 1);
  }

  private static ValidatableResponse getLists(RequestSpecification request) {
    return request.get("/api/todo-lists").then();
  }

  private static void sendAllowedRequests(TestUsers user) {
    for (var sent = 0; sent < PER_USER; sent++) {
      getLists(user.request()).statusCode(200);
    }
  }

  private static void assertAllowance(ValidatableResponse response, int limit, int remaining) {
    response
        .header("RateLimit-Limit", String.valueOf(limit))
        .header("RateLimit-Remaining", String.valueOf(remaining))
        .header("RateLimit-Reset", Integer::parseInt, inTheWindow());
  }

  /** Whole seconds, at least one, and never longer than the window. */
  private static Matcher<Integer> inTheWindow() {
    return allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo(WINDOW_SECONDS));
  }

  private void forgetEveryCount() {
    var counts = redis.key().keys("rate-limit:*");
    if (!counts.isEmpty()) {
      redis.key().del(counts.toArray(String[]::new));
    }
  }
}
