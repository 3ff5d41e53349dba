package org.acme.cleanarchitecture.api.common.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule for what production cannot start without, applied to {@link ProductionSettings} as
 * SmallRye Config maps them from the properties a production start would see.
 */
class RequiredSettingsTest {

  private static final Map<String, String> COMPLETE =
      Map.of(
          "quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/service",
          "quarkus.redis.hosts", "redis://redis:6379",
          "app.identity.tokens.signing-key.location", "/run/secrets/signing-key.pem",
          "quarkus.http.cors.enabled", "true",
          "quarkus.http.cors.origins", "https://app.example.org");

  private static final Set<String> PASSWORD_SET = Set.of("DB_PASSWORD");

  @Test
  void shouldMissNothingWhenEverySettingIsThere() {
    assertThat(missing(COMPLETE, PASSWORD_SET)).isEmpty();
  }

  @Test
  void shouldNameEveryMissingSettingAtOnce() {
    assertThat(missing(Map.of("quarkus.http.cors.enabled", "true"), Set.of()))
        .containsExactly(
            "DB_URL",
            "DB_PASSWORD",
            "REDIS_URL",
            "APP_IDENTITY_TOKENS_SIGNING_KEY_LOCATION",
            "CORS_ORIGINS");
  }

  @Test
  void shouldAcceptAnEmptyPasswordVariableForADatabaseThatTrustsTheConnection() {
    assertThat(missing(COMPLETE, PASSWORD_SET)).doesNotContain("DB_PASSWORD");
    assertThat(missing(COMPLETE, Set.of())).containsExactly("DB_PASSWORD");
  }

  @Test
  void shouldAcceptAPasswordGivenAsTheDatasourceProperty() {
    assertThat(missing(with(COMPLETE, "quarkus.datasource.password", "secret"), Set.of()))
        .isEmpty();
  }

  @Test
  void shouldNeedNoSigningKeyWhenAnExternalIssuerSignsTheTokens() {
    var settings = without(COMPLETE, "app.identity.tokens.signing-key.location");

    assertThat(missing(settings, PASSWORD_SET))
        .containsExactly("APP_IDENTITY_TOKENS_SIGNING_KEY_LOCATION");
    assertThat(
            missing(
                with(
                    settings,
                    "app.identity.tokens.external-issuer",
                    "https://login.example.org/realms/acme"),
                PASSWORD_SET))
        .isEmpty();
  }

  @Test
  void shouldNeedAllowedOriginsOnlyWhileCorsIsOn() {
    var settings = without(COMPLETE, "quarkus.http.cors.origins");

    assertThat(missing(settings, PASSWORD_SET)).containsExactly("CORS_ORIGINS");
    assertThat(missing(with(settings, "quarkus.http.cors.enabled", "false"), PASSWORD_SET))
        .isEmpty();
  }

  @Test
  void shouldSayInOneMessageWhatEachMissingSettingIsAndWhereTheyAreDescribed() {
    var message = RequiredSettings.message(missingSettings(Map.of(), Set.of()));

    assertThat(message)
        .startsWith("Production needs settings that are missing")
        .contains("DB_URL: ", "DB_PASSWORD: ", "REDIS_URL: ")
        .contains("APP_IDENTITY_TOKENS_EXTERNAL_ISSUER")
        .doesNotContain("CORS_ORIGINS")
        .endsWith("README.md, \"Configuration\", describes every setting.");
    assertThat(message.lines().filter(line -> line.startsWith("  - "))).hasSize(4);
  }

  private static List<String> missing(Map<String, String> properties, Set<String> environment) {
    return missingSettings(properties, environment).stream()
        .map(RequiredSettings.Setting::variable)
        .toList();
  }

  private static List<RequiredSettings.Setting> missingSettings(
      Map<String, String> properties, Set<String> environment) {
    var settings =
        new SmallRyeConfigBuilder()
            .withMapping(ProductionSettings.class)
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .build()
            .getConfigMapping(ProductionSettings.class);
    return RequiredSettings.missing(settings, environment);
  }

  private static Map<String, String> with(
      Map<String, String> properties, String name, String value) {
    var changed = new HashMap<>(properties);
    changed.put(name, value);
    return changed;
  }

  private static Map<String, String> without(Map<String, String> properties, String name) {
    var changed = new HashMap<>(properties);
    changed.remove(name);
    return changed;
  }
}
