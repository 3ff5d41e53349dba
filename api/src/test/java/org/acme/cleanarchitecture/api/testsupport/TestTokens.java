package org.acme.cleanarchitecture.api.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * Access tokens the tests sign themselves, for the tests about tokens: each flaw a token can have
 * is one change to claims the service otherwise accepts. Every other test logs in ({@link
 * TestUsers}).
 */
public final class TestTokens {

  private TestTokens() {}

  /** Claims the service accepts: its issuer and audience, a subject, valid for five minutes. */
  public static JwtClaimsBuilder claims() {
    var config = ConfigProvider.getConfig();
    var now = Instant.now();
    return Jwt.issuer(config.getValue("mp.jwt.verify.issuer", String.class))
        .audience(config.getValue("mp.jwt.verify.audiences", String.class))
        .subject("token-test-user")
        .issuedAt(now)
        .expiresAt(now.plus(Duration.ofMinutes(5)));
  }

  /** Signed with RS256 by the key, which the header names by its id, as the service does. */
  public static String signedBy(KeyPair key, JwtClaimsBuilder claims) {
    return claims.jws().keyId(keyId(key.getPublic())).sign(key.getPrivate());
  }

  /** The key's id as the service names it: its RFC 7638 thumbprint. */
  public static String keyId(PublicKey key) {
    return new RsaJsonWebKey((RSAPublicKey) key).calculateBase64urlEncodedThumbprint("SHA-256");
  }

  /** Asserts the service refuses the token with the problem details every invalid token gets. */
  public static void assertRejected(String token) {
    given()
        .auth()
        .oauth2(token)
        .get("/api/weather-forecasts")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("detail", equalTo("The bearer token is not valid."));
  }

  /** The token's JOSE header: {@code alg}, {@code kid}. */
  public static JsonPath header(String token) {
    var encoded = token.substring(0, token.indexOf('.'));
    return JsonPath.from(
        new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
  }
}
