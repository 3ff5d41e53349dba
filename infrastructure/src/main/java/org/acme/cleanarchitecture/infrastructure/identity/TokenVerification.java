package org.acme.cleanarchitecture.infrastructure.identity;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/**
 * Makes SmallRye JWT verify bearer tokens against the keys this service signs with, published at
 * the JWKS endpoint, instead of a key file. Everything else (issuer, audience, expiry) comes from
 * the {@code mp.jwt.verify.*} configuration; only RS256 is accepted, so neither unsigned tokens nor
 * HMAC tokens forged with the public key pass.
 */
@ApplicationScoped
class TokenVerification {

  @Produces
  @Alternative
  @Priority(1)
  @ApplicationScoped
  JWTAuthContextInfo verification(JWTAuthContextInfoProvider configured, SigningKey signingKey) {
    var verification = new JWTAuthContextInfo(configured.getContextInfo());
    verification.setPublicKeyLocation(null);
    verification.setPublicKeyContent(signingKey.jsonWebKeySet());
    verification.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
    return verification;
  }
}
