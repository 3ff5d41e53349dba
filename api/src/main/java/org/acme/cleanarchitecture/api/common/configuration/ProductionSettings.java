package org.acme.cleanarchitecture.api.common.configuration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Optional;

/**
 * The settings a production start cannot do without, read from wherever their owners read them, so
 * that {@link ProductionReady} can check them all at once while Quarkus validates its
 * configuration: before the datasource or Redis start and fail with a stack trace of their own.
 */
@ProductionReady
@ConfigMapping(prefix = "")
public interface ProductionSettings {

  @WithName("quarkus.datasource.jdbc.url")
  Optional<String> databaseUrl();

  /** Empty, as for a database that trusts the connection, reads as absent. */
  @WithName("quarkus.datasource.password")
  Optional<String> databasePassword();

  @WithName("quarkus.redis.hosts")
  Optional<List<String>> redisHosts();

  @WithName("app.identity.tokens.signing-key.location")
  Optional<String> signingKeyLocation();

  @WithName("app.identity.tokens.external-issuer")
  Optional<String> externalIssuer();

  @WithName("quarkus.http.cors.enabled")
  @WithDefault("false")
  boolean corsEnabled();

  @WithName("quarkus.http.cors.origins")
  Optional<List<String>> corsOrigins();
}
