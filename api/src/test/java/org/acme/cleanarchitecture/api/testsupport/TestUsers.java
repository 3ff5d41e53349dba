package org.acme.cleanarchitecture.api.testsupport;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/**
 * The users the API tests act as. Each registers and logs in through the real endpoints the first
 * time a test needs it, exactly as a client would; its access token then serves every later test,
 * since a token stays valid after the database is emptied. The administrator's role is granted in
 * the database, as an operator would.
 */
public enum TestUsers {
  ADA("ada@example.org", false),
  GRACE("grace@example.org", false),
  ADMINISTRATOR("administrator@example.org", true);

  /** Long and uncommon enough for the password policy. */
  public static final String PASSWORD = "a test password nobody would guess";

  private final String email;
  private final boolean administrator;
  private Session session;

  TestUsers(String email, boolean administrator) {
    this.email = email;
    this.administrator = administrator;
  }

  /** The account id the service gave this user: the subject of its tokens. */
  public String id() {
    return session().id();
  }

  public String email() {
    return email;
  }

  public String token() {
    return session().accessToken();
  }

  /** A REST-assured request sent as this user, with a JSON body type. */
  public RequestSpecification request() {
    return given().auth().oauth2(token()).contentType("application/json");
  }

  private synchronized Session session() {
    if (session == null) {
      register(email, PASSWORD).then().statusCode(201);
      if (administrator) {
        Arc.container()
            .instance(TestDatabase.class)
            .get()
            .update(
                "INSERT INTO user_roles (user_id, role)"
                    + " SELECT id, 'Administrator' FROM users WHERE email = ?",
                email);
      }
      var accessToken = login(email, PASSWORD).path("accessToken").toString();
      var accountId =
          given().auth().oauth2(accessToken).get("/api/users/me").then().extract().path("id");
      session = new Session(accountId.toString(), accessToken);
    }
    return session;
  }

  /** Opens an account and returns the response, whatever its status. */
  public static Response register(String email, String password) {
    return given()
        .contentType("application/json")
        .body(Map.of("email", email, "password", password))
        .post("/api/users/register");
  }

  /** Logs in with the given credentials and returns the response, whatever its status. */
  public static Response login(String email, String password) {
    return given()
        .contentType("application/json")
        .body(Map.of("email", email, "password", password))
        .post("/api/users/login");
  }

  private record Session(String id, String accessToken) {}
}
