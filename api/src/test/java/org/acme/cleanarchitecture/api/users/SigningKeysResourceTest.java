package org.acme.cleanarchitecture.api.users;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.claims;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.keyId;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.signedBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.ServiceKeys;
import org.acme.cleanarchitecture.api.testsupport.TestTokens;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The published keys, mid-rotation as the tests configure the service: the new key signs, and the
 * previous key still verifies the tokens it signed before.
 */
@QuarkusTest
class SigningKeysResourceTest {

  @Test
  void shouldPublishTheSigningKeyAndThePreviousKeyWithDistinctIds() {
    List<Map<String, String>> keys =
        given().get("/.well-known/jwks.json").then().statusCode(200).extract().path("keys");

    assertThat(keys)
        .extracting(key -> key.get("kid"))
        .containsExactly(
            keyId(ServiceKeys.signingKey().getPublic()),
            keyId(ServiceKeys.previousKey().getPublic()));
    assertThat(keys)
        .allSatisfy(
            key ->
                assertThat(key)
                    .containsEntry("kty", "RSA")
                    .containsEntry("alg", "RS256")
                    .containsEntry("use", "sig")
                    .containsOnlyKeys("kty", "kid", "use", "alg", "n", "e"));
  }

  @Test
  void shouldAcceptTokenSignedByThePreviousKey() {
    var token = signedBy(ServiceKeys.previousKey(), claims());

    given().auth().oauth2(token).get("/api/weather-forecasts").then().statusCode(200);
  }

  @Test
  void shouldSignNewTokensWithTheSigningKeyOnly() {
    var token = TestUsers.ADA.token();

    var header = TestTokens.header(token);
    assertThat(header.getString("alg")).isEqualTo("RS256");
    assertThat(header.getString("kid")).isEqualTo(keyId(ServiceKeys.signingKey().getPublic()));
    given().auth().oauth2(token).get("/api/weather-forecasts").then().statusCode(200);
  }
}
