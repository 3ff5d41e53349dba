package org.acme.cleanarchitecture.api.users;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.GRACE;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.PASSWORD;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.login;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.LoginFailures;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accounts and sessions, through the endpoints a client uses. */
@QuarkusTest
class UsersResourceTest {

  private static final String EMAIL = "linus@example.org";
  private static final String NEW_PASSWORD = "another password nobody would guess";
  private static final String PROBLEM_JSON = "application/problem+json";

  private final TestDatabase database;
  private final LoginFailures loginFailures;

  UsersResourceTest(TestDatabase database, LoginFailures loginFailures) {
    this.database = database;
    this.loginFailures = loginFailures;
  }

  @BeforeEach
  void registerLinus() {
    database.reset();
    loginFailures.forgetAll();
    register("  Linus@Example.org ", PASSWORD)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/users/me"));
  }

  @Test
  void shouldLogInWithNormalisedEmailAndShowTheCallersAccount() {
    var tokens = login(EMAIL, PASSWORD).then().statusCode(200);
    tokens
        .header("Cache-Control", "no-store")
        .body("tokenType", equalTo("Bearer"))
        .body("expiresIn", equalTo(900));

    given()
        .auth()
        .oauth2(tokens.extract().path("accessToken"))
        .get("/api/users/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(EMAIL))
        .body("roles", contains("User"));
  }

  @Test
  void shouldShowTheRolesGrantedToTheAccount() {
    database.update(
        "INSERT INTO user_roles (user_id, role) SELECT id, 'Administrator' FROM users"
            + " WHERE email = ?",
        EMAIL);

    given()
        .auth()
        .oauth2(Session.start().accessToken())
        .get("/api/users/me")
        .then()
        .statusCode(200)
        .body("roles", contains("Administrator", "User"));
  }

  @Test
  void shouldAnswerUnknownEmailAndWrongPasswordAlike() {
    var unknown = login("nobody@example.org", PASSWORD).then().statusCode(401).extract();
    var wrong = login(EMAIL, "not the password at all").then().statusCode(401).extract();

    assertThat(unknown.path("detail").toString()).isEqualTo(wrong.path("detail").toString());
  }

  @Test
  void shouldRefuseASecondAccountForTheSameAddress() {
    register(EMAIL.toUpperCase(), PASSWORD)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.email[0]", equalTo("An account with this email address already exists."));
  }

  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /api/users/register    | false | {"email": "not an address", "password": "too short"} | email, password
          /api/users/register    | false | {"email": "LONG_EMAIL", "password": "LONG_PASSWORD"}  | email, password
          /api/users/login       | false | {"email": " ", "password": ""}                        | email, password
          /api/users/refresh     | false | {"refreshToken": " "}                                 | refreshToken
          /api/users/logout      | true  | {}                                                    | refreshToken
          /api/users/me/password | true  | {"newPassword": "too short"}                          | currentPassword, newPassword
          """)
  void shouldNameEveryInvalidField(String path, boolean asLinus, String body, String fields) {
    var request = asLinus ? given().auth().oauth2(Session.start().accessToken()) : given();
    var problem =
        request
            .contentType("application/json")
            .body(
                body.replace("LONG_EMAIL", "a".repeat(250) + "@example.org")
                    .replace("LONG_PASSWORD", "p".repeat(129)))
            .post(path)
            .then()
            .statusCode(400)
            .contentType(PROBLEM_JSON)
            .extract();

    assertThat(problem.jsonPath().getMap("errors")).containsOnlyKeys(fields.split(", "));
  }

  @Test
  void shouldRotateRefreshTokensAndEndTheSessionWhenOneIsReused() {
    String first = login(EMAIL, PASSWORD).then().statusCode(200).extract().path("refreshToken");

    String second = refresh(first).then().statusCode(200).extract().path("refreshToken");
    refresh(first).then().statusCode(401).contentType(PROBLEM_JSON);

    refresh(second).then().statusCode(401);
    var revoked =
        database.query("SELECT token_hash FROM refresh_tokens WHERE revoked_at IS NOT NULL");
    assertThat(revoked).hasSize(2);
  }

  @Test
  void shouldRefuseARefreshTokenItNeverIssued() {
    refresh("not-a-token-it-issued")
        .then()
        .statusCode(401)
        .contentType(PROBLEM_JSON)
        .body("detail", equalTo("The refresh token is not valid."));
  }

  @Test
  void shouldEndTheLoggedOutSessionAndNoOther() {
    var session = Session.start();
    var otherSession = Session.start();
    var rotated = session.refreshed();

    logout(given().auth().oauth2(session.accessToken()), rotated.refreshToken())
        .then()
        .statusCode(204);

    refresh(rotated.refreshToken()).then().statusCode(401).contentType(PROBLEM_JSON);
    refresh(otherSession.refreshToken()).then().statusCode(200);
  }

  @Test
  void shouldEndTheWholeSessionWhicheverOfItsTokensLogsOut() {
    var session = Session.start();
    var rotated = session.refreshed();

    logout(given().auth().oauth2(session.accessToken()), session.refreshToken())
        .then()
        .statusCode(204);

    refresh(rotated.refreshToken()).then().statusCode(401).contentType(PROBLEM_JSON);
  }

  @Test
  void shouldNeitherEndNorRevealAnotherUsersSession() {
    var linusSession = Session.start();

    logout(GRACE.request(), linusSession.refreshToken()).then().statusCode(204).body(emptyString());
    logout(GRACE.request(), "not-a-token-it-issued").then().statusCode(204).body(emptyString());

    refresh(linusSession.refreshToken()).then().statusCode(200);
  }

  @Test
  void shouldRequireAnAccessTokenToLogOut() {
    var session = Session.start();

    logout(given(), session.refreshToken())
        .then()
        .statusCode(401)
        .contentType(PROBLEM_JSON)
        .header("WWW-Authenticate", "Bearer");

    refresh(session.refreshToken()).then().statusCode(200);
  }

  @Test
  void shouldChangePasswordAndEndEverySessionOfTheAccount() {
    var session = Session.start();
    var otherSession = Session.start();

    changePassword(session, PASSWORD, NEW_PASSWORD).then().statusCode(204);

    login(EMAIL, PASSWORD).then().statusCode(401);
    login(EMAIL, NEW_PASSWORD).then().statusCode(200);
    refresh(session.refreshToken()).then().statusCode(401).contentType(PROBLEM_JSON);
    refresh(otherSession.refreshToken()).then().statusCode(401);
  }

  @Test
  void shouldRefuseToChangePasswordWithoutTheCurrentOne() {
    var session = Session.start();

    changePassword(session, "not the password at all", NEW_PASSWORD)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.currentPassword", contains("The current password is not correct."));

    login(EMAIL, PASSWORD).then().statusCode(200);
    refresh(session.refreshToken()).then().statusCode(200);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "too short, The password must be between 12 and 128 characters.",
    "WinnieThePooh, The password must not be a commonly used one."
  })
  void shouldRefuseANewPasswordThePolicyForbids(String newPassword, String message) {
    var storedHash = passwordHash();

    changePassword(Session.start(), PASSWORD, newPassword)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.newPassword", contains(message));

    assertThat(passwordHash()).isEqualTo(storedHash);
  }

  private Object passwordHash() {
    return database.query("SELECT password_hash FROM users").get(0).get("password_hash");
  }

  private static Response refresh(String refreshToken) {
    return given()
        .contentType("application/json")
        .body(Map.of("refreshToken", refreshToken))
        .post("/api/users/refresh");
  }

  private static Response logout(RequestSpecification caller, String refreshToken) {
    return caller
        .contentType("application/json")
        .body(Map.of("refreshToken", refreshToken))
        .post("/api/users/logout");
  }

  private static Response changePassword(
      Session session, String currentPassword, String newPassword) {
    return given()
        .auth()
        .oauth2(session.accessToken())
        .contentType("application/json")
        .body(Map.of("currentPassword", currentPassword, "newPassword", newPassword))
        .post("/api/users/me/password");
  }

  /** The tokens of one session of Linus's account. */
  private record Session(String accessToken, String refreshToken) {

    /** Logs in: a new session. */
    static Session start() {
      return from(login(EMAIL, PASSWORD));
    }

    /** Spends the refresh token: the same session, with the next pair. */
    Session refreshed() {
      return from(refresh(refreshToken));
    }

    private static Session from(Response tokens) {
      var body = tokens.then().statusCode(200).extract();
      return new Session(body.path("accessToken"), body.path("refreshToken"));
    }
  }
}
