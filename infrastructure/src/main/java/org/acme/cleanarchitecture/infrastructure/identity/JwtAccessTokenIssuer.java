package org.acme.cleanarchitecture.infrastructure.identity;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.acme.cleanarchitecture.application.users.AccessTokenIssuer;
import org.acme.cleanarchitecture.application.users.TokenLifetimes;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues RS256 access tokens carrying what MicroProfile JWT expects: the account id as subject, the
 * email as {@code upn} and the roles as {@code groups}, for this service's issuer and audience.
 */
@ApplicationScoped
class JwtAccessTokenIssuer implements AccessTokenIssuer, TokenLifetimes {

  // The wall clock, never the injectable one: verifiers judge iat and exp by their own real time.
  private static final Clock WALL_CLOCK = Clock.systemUTC();

  private final TokenKeys keys;
  private final TokenSettings settings;
  private final String issuer;
  private final String audience;

  JwtAccessTokenIssuer(
      TokenKeys keys,
      TokenSettings settings,
      @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
      @ConfigProperty(name = "mp.jwt.verify.audiences") String audience) {
    this.keys = keys;
    this.settings = settings;
    this.issuer = issuer;
    this.audience = audience;
  }

  @Override
  public AccessToken issue(UserAccount account) {
    var now = WALL_CLOCK.instant();
    var lifetime = settings.accessTokenLifetime();
    var token =
        Jwt.issuer(issuer)
            .audience(audience)
            .subject(account.id())
            .upn(account.email())
            .groups(account.roles())
            .issuedAt(now)
            .expiresAt(now.plus(lifetime))
            .claim("jti", UUID.randomUUID().toString())
            .jws()
            .keyId(keys.signingKeyId())
            .algorithm(SignatureAlgorithm.RS256)
            .sign(keys.signingKey());
    return new AccessToken(token, lifetime);
  }

  @Override
  public String jsonWebKeySet() {
    return keys.jsonWebKeySet();
  }

  @Override
  public Duration refreshToken() {
    return settings.refreshTokenLifetime();
  }
}
