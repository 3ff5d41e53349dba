package org.acme.cleanarchitecture.api.common.http;

import static io.restassured.RestAssured.given;
import static org.apache.http.params.CoreProtocolPNames.USE_EXPECT_CONTINUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request body over the limit is refused before it is read, whether its length is declared or it
 * comes in chunks; up to the limit it is read, and each field's own bound refuses an overlong
 * value.
 */
@QuarkusTest
class RequestSizeLimitTest {

  /** {@code quarkus.http.limits.max-body-size}, by default: 1 MiB. */
  private static final int LIMIT = 1024 * 1024;

  /**
   * Sends {@code Expect: 100-continue} and the body only once the service asks for it, as curl does
   * for large bodies. A client that sends an oversized body straight away may still be writing it
   * when the service answers 413 and closes the connection, and then fails with a broken pipe
   * instead of reading the answer.
   */
  static final RestAssuredConfig WAIT_FOR_CONTINUE =
      RestAssuredConfig.config()
          .httpClient(HttpClientConfig.httpClientConfig().setParam(USE_EXPECT_CONTINUE, true));

  /** Reads a JSON body, as every create does, and needs no token. */
  static final String REGISTER = "/api/users/register";

  @Inject TestDatabase database;

  @TestHTTPResource(REGISTER)
  URI register;

  @BeforeEach
  void startEmpty() {
    database.reset();
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {LIMIT + 1, 2_000_000})
  void shouldRefuseBodyOverTheLimit(int size) {
    given()
        .contentType("application/json")
        .config(WAIT_FOR_CONTINUE)
        .body(newAccountOfSize(size))
        .post(REGISTER)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413));
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {LIMIT + 1, 2_000_000})
  void shouldRefuseChunkedBodyOverTheLimit(int size) throws Exception {
    var response = postInChunks(newAccountOfSize(size));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"status\":413");
  }

  @Test
  void shouldReadBodyAtTheLimitAndRefuseItsOverlongEmailAddress() {
    given()
        .contentType("application/json")
        .body(newAccountOfSize(LIMIT))
        .post(REGISTER)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors", hasKey("email"));
  }

  @Test
  void shouldReadChunkedBodyWithinTheLimit() throws Exception {
    var response =
        postInChunks(
            "{\"email\": \"chunks@example.org\", \"password\": \"" + TestUsers.PASSWORD + "\"}");

    assertThat(response.statusCode()).isEqualTo(201);
  }

  /**
   * The JSON body of a new account, exactly this many bytes long: its email address makes up the
   * rest.
   */
  static String newAccountOfSize(int bytes) {
    var withoutEmail = "{\"email\": \"\", \"password\": \"" + TestUsers.PASSWORD + "\"}";
    return "{\"email\": \""
        + "a".repeat(bytes - withoutEmail.length())
        + "\", \"password\": \""
        + TestUsers.PASSWORD
        + "\"}";
  }

  /** Registers an account with a body of unknown length, which is sent in chunks, undeclared. */
  private HttpResponse<String> postInChunks(String body) throws Exception {
    var bytes = body.getBytes(StandardCharsets.UTF_8);
    var request =
        HttpRequest.newBuilder(register)
            .version(HttpClient.Version.HTTP_1_1)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
            .build();
    return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
  }
}
