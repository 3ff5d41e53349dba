package org.acme.cleanarchitecture.infrastructure.identity;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/**
 * Tells SmallRye JWT which keys verify bearer tokens: the service's own ({@link TokenKeys}, also
 * published at the JWKS endpoint), or, when an external issuer is set, that OpenID Connect
 * provider's. Audience, expiry and the claim holding roles come from the {@code mp.jwt.verify.*}
 * and {@code smallrye.jwt.*} configuration in both cases. Built at startup, so missing keys or an
 * unreachable provider stop the service at once rather than fail its first request.
 */
@ApplicationScoped
class TokenVerification {

  @Produces
  @Alternative
  @Priority(1)
  @ApplicationScoped
  @Startup
  JWTAuthContextInfo verification(
      JWTAuthContextInfoProvider configured, TokenSettings settings, TokenKeys ownKeys) {
    var verification = new JWTAuthContextInfo(configured.getContextInfo());
    settings
        .externalIssuer()
        .ifPresentOrElse(
            issuer -> trustProvider(verification, issuer), () -> trustOwn(verification, ownKeys));
    return verification;
  }

  /**
   * Only RS256, the one algorithm the service signs with, so neither unsigned tokens nor HMAC
   * tokens forged with the public key as their secret pass.
   */
  private static void trustOwn(JWTAuthContextInfo verification, TokenKeys keys) {
    verification.setPublicKeyLocation(null);
    verification.setPublicKeyContent(keys.jsonWebKeySet());
    verification.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
  }

  /**
   * The provider's issuer, and its keys from the JWKS URL, which SmallRye JWT caches and fetches
   * again, on a schedule and when a token names a key it does not know yet. The accepted algorithms
   * stay those configured (RS256 unless {@code mp.jwt.verify.publickey.algorithm} says otherwise).
   */
  private static void trustProvider(JWTAuthContextInfo verification, String issuer) {
    verification.setIssuedBy(issuer);
    if (verification.getPublicKeyLocation() == null) {
      verification.setPublicKeyLocation(OpenIdDiscovery.jwksUri(issuer));
    }
    // Only the provider's keys: nothing generated for development may verify its tokens.
    verification.setPublicKeyContent(null);
  }
}
