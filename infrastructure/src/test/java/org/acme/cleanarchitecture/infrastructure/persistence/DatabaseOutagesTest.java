package org.acme.cleanarchitecture.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.acme.cleanarchitecture.application.common.ports.Outages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Real failures of PostgreSQL and the pool, each recognised as an outage or not. An outage asks the
 * client to come back after the configured wait.
 */
@QuarkusTest
class DatabaseOutagesTest {

  @Inject Outages outages;
  @Inject DataSource dataSource;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  String user;

  @Test
  void shouldRecogniseAConnectionRefused() {
    var refused =
        catchThrowable(() -> DriverManager.getConnection(portNobodyListensOn(), user, ""));

    assertThat(outages.retryAfter(refused)).contains(Duration.ofSeconds(5));
  }

  @Test
  void shouldRecogniseAConnectionWhoseServerProcessWasTerminated() throws SQLException {
    try (var victim = DriverManager.getConnection(url, user, "")) {
      terminateServerProcessOf(victim);

      var terminated = catchThrowable(() -> victim.createStatement().execute("SELECT 1"));

      assertThat(terminated).isInstanceOf(SQLException.class);
      assertThat(outages.retryAfter(terminated)).isPresent();
    }
  }

  @Test
  void shouldRecogniseAPoolThatHandsOutNoConnectionInTime() throws SQLException {
    var oneConnection =
        new AgroalDataSourceConfigurationSupplier()
            .connectionPoolConfiguration(
                pool ->
                    // Long enough to open the one connection on a loaded machine, since a
                    // timeout while opening it would end the test before the pool is exhausted.
                    pool.maxSize(1)
                        .acquisitionTimeout(Duration.ofSeconds(2))
                        .connectionFactoryConfiguration(
                            factory -> factory.jdbcUrl(url).principal(() -> user)));
    try (var pool = AgroalDataSource.from(oneConnection);
        var taken = pool.getConnection()) {
      var timedOut = catchThrowable(pool::getConnection);

      assertThat(timedOut).isInstanceOf(SQLException.class);
      assertThat(outages.retryAfter(timedOut)).isPresent();
    }
  }

  @Test
  void shouldRecogniseAPoolThatOpensNoNewConnectionInTime() {
    // What Agroal throws when the connection it is opening for the request is not ready in time.
    var timedOut =
        new SQLException(
            "Acquisition timeout while waiting for new connection", new TimeoutException());

    assertThat(outages.retryAfter(timedOut)).isPresent();
  }

  @Test
  void shouldRecogniseAnOutageDeepInTheChainOfCauses() {
    var refused =
        catchThrowable(() -> DriverManager.getConnection(portNobodyListensOn(), user, ""));
    var wrapped =
        new IllegalStateException(
            "Commit failed", new JDBCConnectionException("Lost", (SQLException) refused));

    assertThat(outages.retryAfter(wrapped)).isPresent();
  }

  @Test
  void shouldNotTakeAStatementThePostgreSqlRefusesForAnOutage() throws SQLException {
    try (var connection = dataSource.getConnection()) {
      var syntaxError = catchThrowable(() -> connection.createStatement().execute("SELEC 1"));

      assertThat(syntaxError).isInstanceOf(SQLException.class);
      assertThat(outages.retryAfter(syntaxError)).isEmpty();
    }
  }

  @Test
  void shouldNotTakeAFailureWithoutDatabaseForAnOutage() {
    assertThat(outages.retryAfter(new IllegalStateException("a bug"))).isEmpty();
  }

  private String portNobodyListensOn() {
    return url.replaceFirst("//[^/]+/", "//127.0.0.1:1/");
  }

  private void terminateServerProcessOf(Connection victim) throws SQLException {
    int pid;
    try (var rows = victim.createStatement().executeQuery("SELECT pg_backend_pid()")) {
      rows.next();
      pid = rows.getInt(1);
    }
    try (var admin = dataSource.getConnection();
        var terminate = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
      terminate.setInt(1, pid);
      terminate.execute();
    }
  }
}
