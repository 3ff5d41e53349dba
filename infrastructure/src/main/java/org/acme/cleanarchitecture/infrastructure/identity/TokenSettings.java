package org.acme.cleanarchitecture.infrastructure.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Who issues the access tokens the service accepts: the service itself, with the keys named here,
 * or an external OpenID Connect provider. Also how long the tokens the service issues last.
 */
@ConfigMapping(prefix = "app.identity.tokens")
interface TokenSettings {

  /** Short, because an access token cannot be revoked before it expires. */
  @WithDefault("15m")
  Duration accessTokenLifetime();

  @WithDefault("14d")
  Duration refreshTokenLifetime();

  /**
   * The PEM file (PKCS#8) of the RSA private key that signs access tokens. Required in production
   * unless an external issuer is set; development and tests generate a throwaway key at each start
   * when it is absent.
   */
  @WithName("signing-key.location")
  Optional<String> signingKeyLocation();

  /**
   * PEM files of RSA public keys that verify access tokens besides the signing key but never sign:
   * during a rotation, the previous key. They are published with the signing key.
   */
  @WithName("verification-keys.locations")
  Optional<List<String>> verificationKeyLocations();

  /**
   * The issuer identifier of an OpenID Connect provider whose access tokens the service accepts
   * instead of issuing its own. Its keys are found through its discovery document unless {@code
   * mp.jwt.verify.publickey.location} names them.
   */
  Optional<String> externalIssuer();
}
