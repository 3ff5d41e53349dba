package org.acme.cleanarchitecture.api.common.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What production cannot start without, named by the environment variables operators set. Every
 * missing setting is reported at once, so a first deployment needs one attempt to learn them all.
 */
public final class RequiredSettings {

  /** A required setting: the variable to set and what to set it to. */
  public record Setting(String variable, String description) {}

  static final Setting DATABASE_URL =
      new Setting("DB_URL", "the JDBC URL of PostgreSQL, jdbc:postgresql://host:5432/database");

  static final Setting DATABASE_PASSWORD =
      new Setting(
          "DB_PASSWORD",
          "the database user's password; set it empty only for a database that trusts the"
              + " connection");

  static final Setting REDIS_URL = new Setting("REDIS_URL", "the URL of Redis, redis://host:6379");

  static final Setting SIGNING_KEY =
      new Setting(
          "APP_IDENTITY_TOKENS_SIGNING_KEY_LOCATION",
          "the PEM file of the RSA private key that signs access tokens; or set"
              + " APP_IDENTITY_TOKENS_EXTERNAL_ISSUER to accept an OpenID Connect provider's"
              + " tokens instead");

  static final Setting CORS_ORIGINS =
      new Setting(
          "CORS_ORIGINS",
          "the origins browsers may call the API from, comma-separated; or set"
              + " QUARKUS_HTTP_CORS_ENABLED=false if no browser calls it from another origin");

  private RequiredSettings() {}

  /** Every setting production may require: all of them for a service that issues its own tokens. */
  public static List<Setting> all() {
    return List.of(DATABASE_URL, DATABASE_PASSWORD, REDIS_URL, SIGNING_KEY, CORS_ORIGINS);
  }

  /**
   * The settings missing from a production start, in the order of the README's table.
   *
   * @param environmentVariables the names of the variables set, even to an empty value: only there
   *     does an empty {@code DB_PASSWORD} differ from none
   */
  public static List<Setting> missing(
      ProductionSettings settings, Set<String> environmentVariables) {
    var missing = new ArrayList<Setting>();
    if (settings.databaseUrl().isEmpty()) {
      missing.add(DATABASE_URL);
    }
    if (settings.databasePassword().isEmpty()
        && !environmentVariables.contains(DATABASE_PASSWORD.variable())) {
      missing.add(DATABASE_PASSWORD);
    }
    if (settings.redisHosts().isEmpty()) {
      missing.add(REDIS_URL);
    }
    if (settings.signingKeyLocation().isEmpty() && settings.externalIssuer().isEmpty()) {
      missing.add(SIGNING_KEY);
    }
    if (settings.corsEnabled() && settings.corsOrigins().isEmpty()) {
      missing.add(CORS_ORIGINS);
    }
    return List.copyOf(missing);
  }

  /** One message, a line per missing setting. */
  public static String message(List<Setting> missing) {
    return missing.stream()
        .map(setting -> "  - " + setting.variable() + ": " + setting.description())
        .collect(
            Collectors.joining(
                "\n",
                "Production needs settings that are missing; set these environment variables:\n",
                "\nREADME.md, \"Configuration\", describes every setting."));
  }
}
