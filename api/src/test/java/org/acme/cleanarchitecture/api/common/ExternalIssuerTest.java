package org.acme.cleanarchitecture.api.common;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.assertRejected;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.claims;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.keyId;
import static org.acme.cleanarchitecture.api.testsupport.TestTokens.signedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.FakeOpenIdProvider;
import org.acme.cleanarchitecture.api.testsupport.ServiceKeys;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.acme.cleanarchitecture.api.testsupport.TestKeys;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With an external issuer set, the service accepts that OpenID Connect provider's tokens, found
 * through its discovery document, and no longer has accounts or keys of its own. The provider is
 * {@link FakeOpenIdProvider}, on a local port; its roles sit where Keycloak puts them.
 */
@QuarkusTest
@TestProfile(ExternalIssuerTest.ExternalIssuer.class)
class ExternalIssuerTest {

  /** Like the identifiers Auth0 gives: neither a number nor a UUID. */
  private static final String SUBJECT = "auth0|6543210fedcba9876543210f";

  public static class ExternalIssuer implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("smallrye.jwt.path.groups", "realm_access/roles");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(FakeOpenIdProvider.class));
    }
  }

  private final TestDatabase database;

  ExternalIssuerTest(TestDatabase database) {
    this.database = database;
  }

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @Test
  void shouldAcceptTheProvidersTokens() {
    given()
        .auth()
        .oauth2(signedBy(FakeOpenIdProvider.key(), providerClaims()))
        .get("/api/weather-forecasts")
        .then()
        .statusCode(200);
  }

  // sample:begin
  @Test
  void shouldServeTheCallerTheProviderVouchesFor() {
    var token = signedBy(FakeOpenIdProvider.key(), providerClaims());

    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(Map.of("title", "Shopping"))
        .post("/api/todo-lists")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(token)
        .get("/api/todo-lists")
        .then()
        .statusCode(200)
        .body("lists.title", contains("Shopping"));
    var owners = database.query("SELECT owner_id FROM todo_lists");
    assertThat(owners).containsExactly(Map.of("owner_id", SUBJECT));
  }

  @Test
  void shouldTakeRolesFromTheConfiguredClaim() {
    var user = providerClaims().claim("realm_access", Map.of("roles", List.of("User")));
    var administrator =
        providerClaims().claim("realm_access", Map.of("roles", List.of("Administrator")));

    purgeAs(signedBy(FakeOpenIdProvider.key(), user)).statusCode(403);
    purgeAs(signedBy(FakeOpenIdProvider.key(), administrator)).statusCode(204);
  }

  private static ValidatableResponse purgeAs(String token) {
    return given().auth().oauth2(token).delete("/api/todo-lists").then();
  }

  // sample:end

  @Test
  void shouldDenyTokenSignedByAnotherKeyUnderTheProviderKeyId() {
    var providerKeyId = keyId(FakeOpenIdProvider.key().getPublic());
    var forged =
        providerClaims().jws().keyId(providerKeyId).sign(TestKeys.create("forger").getPrivate());

    assertRejected(forged);
  }

  @Test
  void shouldDenyTokenSignedByTheServiceOwnKey() {
    assertRejected(signedBy(ServiceKeys.signingKey(), providerClaims()));
  }

  @Test
  void shouldDenyTokenForAnotherAudience() {
    assertRejected(signedBy(FakeOpenIdProvider.key(), providerClaims().audience("another-api")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "POST, /api/users/register",
    "POST, /api/users/login",
    "POST, /api/users/refresh",
    "POST, /api/users/logout",
    "GET, /api/users/me",
    "POST, /api/users/me/password",
    "GET, /.well-known/jwks.json"
  })
  void shouldHaveNoAccountEndpoints(String method, String path) {
    given()
        .auth()
        .oauth2(signedBy(FakeOpenIdProvider.key(), providerClaims()))
        .contentType("application/json")
        .body(Map.of())
        .request(method, path)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static JwtClaimsBuilder providerClaims() {
    var issuer =
        ConfigProvider.getConfig().getValue("app.identity.tokens.external-issuer", String.class);
    return claims().issuer(issuer).subject(SUBJECT);
  }
}
