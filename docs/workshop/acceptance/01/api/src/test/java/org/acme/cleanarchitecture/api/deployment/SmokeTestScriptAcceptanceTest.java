package org.acme.cleanarchitecture.api.deployment;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.register;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acme.cleanarchitecture.api.testsupport.CapturedLog;
import org.acme.cleanarchitecture.api.testsupport.LoginFailures;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workshop lab 1's acceptance test: {@code scripts/smoke-test.sh BASE_URL EMAIL PASSWORD}, run
 * against the service this test starts, goes through a list's whole life as that user, each request
 * marked with an {@code X-Request-Id} that starts with {@code smoke-test-}, leaves nothing behind,
 * and fails at the first answer it did not expect.
 */
@QuarkusTest
class SmokeTestScriptAcceptanceTest {

  private static final Path SCRIPT = Path.of("..", "scripts", "smoke-test.sh");
  private static final String EMAIL = "smoke-test@example.org";
  private static final String PASSWORD = "a smoke test passphrase";

  private final TestDatabase database;
  private final LoginFailures loginFailures;

  SmokeTestScriptAcceptanceTest(TestDatabase database, LoginFailures loginFailures) {
    this.database = database;
    this.loginFailures = loginFailures;
  }

  @BeforeEach
  void startWithTheAccountOnly() {
    database.reset();
    loginFailures.forgetAll();
    register(EMAIL, PASSWORD).then().statusCode(201);
  }

  @Test
  void shouldGoThroughAListsLifeAndLeaveNothingBehind() throws Exception {
    try (var log = CapturedLog.start()) {
      assertThat(run(PASSWORD)).as("exit code of %s", SCRIPT).isZero();

      var linesOfTheRun =
          log.lines().stream().filter(line -> line.contains("requestId=smoke-test-")).toList();
      assertThat(linesOfTheRun)
          .anySatisfy(line -> assertThat(line).contains("Request LoginCommand"))
          .anySatisfy(line -> assertThat(line).contains("Request CreateTodoListCommand"))
          .anySatisfy(line -> assertThat(line).contains("Request CreateTodoItemCommand"))
          .anySatisfy(line -> assertThat(line).contains("Request UpdateTodoItemCommand"))
          .anySatisfy(line -> assertThat(line).contains("Request GetTodoListQuery"))
          .anySatisfy(line -> assertThat(line).contains("Request DeleteTodoListCommand"));
    }
    assertThat(database.query("SELECT id FROM todo_lists")).isEmpty();
  }

  @Test
  void shouldFailWhenTheServiceRefusesTheLogin() throws Exception {
    try (var log = CapturedLog.start()) {
      assertThat(run("not the password at all")).as("exit code of %s", SCRIPT).isNotZero();

      assertThat(log.text()).doesNotContain("Request CreateTodoListCommand");
    }
  }

  private static int run(String password) throws IOException, InterruptedException {
    assertThat(SCRIPT).as("the smoke test script").isExecutable();
    var output = Files.createTempFile("smoke-test", ".log");
    var process =
        new ProcessBuilder(
                List.of(SCRIPT.toString(), "http://localhost:" + RestAssured.port, EMAIL, password))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS))
        .as("the script ends within a minute")
        .isTrue();
    System.out.println(Files.readString(output));
    Files.delete(output);
    return process.exitValue();
  }
}
