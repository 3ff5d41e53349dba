package org.acme.cleanarchitecture.infrastructure.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** How the service signs its access tokens, and how long the tokens it issues last. */
@ConfigMapping(prefix = "app.identity.tokens")
interface TokenSettings {

  /** Short, because an access token cannot be revoked before it expires. */
  @WithDefault("15m")
  Duration accessTokenLifetime();

  @WithDefault("14d")
  Duration refreshTokenLifetime();

  /**
   * The PEM file (PKCS#8) of the RSA private key that signs access tokens. Required in production;
   * development and tests generate a throwaway key at each start when it is absent.
   */
  @WithName("signing-key.location")
  Optional<String> signingKeyLocation();
}
