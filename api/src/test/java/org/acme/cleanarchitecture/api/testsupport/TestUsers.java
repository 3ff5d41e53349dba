package org.acme.cleanarchitecture.api.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/**
 * The users the API tests act as, with bearer tokens signed by the test key pair SmallRye JWT
 * generates, exactly as the service verifies them.
 */
public enum TestUsers {
  ADA("ada@example.org"),
  GRACE("grace@example.org"),
  ADMINISTRATOR("administrator@example.org", "Administrator");

  private final String id;
  private final Set<String> roles;

  TestUsers(String id, String... roles) {
    this.id = id;
    this.roles = Set.of(roles);
  }

  public String id() {
    return id;
  }

  public String token() {
    return Jwt.subject(id).groups(roles).sign();
  }

  /** A REST-assured request sent as this user, with a JSON body type. */
  public RequestSpecification request() {
    return given().auth().oauth2(token()).contentType("application/json");
  }
}
