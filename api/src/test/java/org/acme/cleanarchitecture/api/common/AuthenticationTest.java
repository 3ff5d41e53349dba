package org.acme.cleanarchitecture.api.common;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.assertRejected;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.claims;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.keyId;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.signedBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.acme.cleanarchitecture.api.testsupport.ServiceKeys;
import org.acme.cleanarchitecture.api.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every operation refuses a caller without a valid bearer token, with problem details. The tokens
 * here are signed by the test itself: one the service accepts, then that token with one flaw each.
 */
@QuarkusTest
class AuthenticationTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /api/weather-forecasts",
    // sample:begin
    "GET, /api/todo-lists",
    "GET, /api/todo-lists/1",
    "POST, /api/todo-lists",
    "PUT, /api/todo-lists/1",
    "DELETE, /api/todo-lists/1",
    "DELETE, /api/todo-lists",
    "GET, /api/todo-items?listId=1",
    "POST, /api/todo-items",
    "PUT, /api/todo-items/1",
    "PATCH, /api/todo-items/1/detail",
    "DELETE, /api/todo-items/1",
    // sample:end
    "POST, /api/users/me/password"
  })
  void shouldDenyAnonymousCaller(String method, String path) {
    given()
        .contentType("application/json")
        .body("{}")
        .request(method, path)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("status", equalTo(401));
  }

  @Test
  void shouldAcceptTokenSignedByTheServiceKey() {
    var token = signedBy(ServiceKeys.signingKey(), claims());

    given().auth().oauth2(token).get("/api/weather-forecasts").then().statusCode(200);
  }

  @Test
  void shouldDenyExpiredToken() {
    var now = Instant.now();
    var expired =
        claims().issuedAt(now.minus(Duration.ofHours(1))).expiresAt(now.minusSeconds(600));

    assertRejected(signedBy(ServiceKeys.signingKey(), expired));
  }

  @Test
  void shouldDenyTokenNotYetValid() {
    var notBefore = Instant.now().plus(Duration.ofMinutes(10)).getEpochSecond();

    assertRejected(signedBy(ServiceKeys.signingKey(), claims().claim("nbf", notBefore)));
  }

  @Test
  void shouldDenyTokenFromAnotherIssuer() {
    var foreign = claims().issuer("https://issuer.example.org");

    assertRejected(signedBy(ServiceKeys.signingKey(), foreign));
  }

  @Test
  void shouldDenyTokenForAnotherAudience() {
    var foreign = claims().audience("another-api");

    assertRejected(signedBy(ServiceKeys.signingKey(), foreign));
  }

  @Test
  void shouldDenyTokenSignedByAnotherKeyUnderTheServiceKeyId() {
    var serviceKeyId = keyId(ServiceKeys.signingKey().getPublic());
    var token =
        claims().jws().keyId(serviceKeyId).sign(TestKeys.create("another-key").getPrivate());

    assertRejected(token);
  }

  @Test
  void shouldDenyUnsignedToken() {
    var payload = signedBy(ServiceKeys.signingKey(), claims()).split("\\.")[1];
    var header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

    assertRejected(header + "." + payload + ".");
  }

  /** The classic forgery: HMAC keyed with the public key, which a naive verifier also holds. */
  @Test
  void shouldDenyHmacTokenKeyedWithThePublicKey() {
    var publicKey = ServiceKeys.signingKey().getPublic();
    var token =
        claims()
            .jws()
            .algorithm(SignatureAlgorithm.HS256)
            .keyId(keyId(publicKey))
            .sign(new SecretKeySpec(publicKey.getEncoded(), "HmacSHA256"));

    assertRejected(token);
  }

  @Test
  void shouldDenySomethingThatIsNotAToken() {
    assertRejected("not-a-token");
  }

  @ParameterizedTest(name = "subject of {0} characters")
  @CsvSource({"0", "256"})
  void shouldDenyTokenWithoutUsableSubject(int length) {
    var claims = length == 0 ? claims().remove("sub") : claims().subject("s".repeat(length));

    given()
        .auth()
        .oauth2(signedBy(ServiceKeys.signingKey(), claims))
        .get("/api/weather-forecasts")
        .then()
        .statusCode(401);
  }
}
