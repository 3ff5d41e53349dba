package org.acme.cleanarchitecture.infrastructure.identity;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The RSA key pair that signs access tokens, and its public half as a JSON Web Key whose id ({@code
 * kid}) is its RFC 7638 thumbprint, so the id changes whenever the key does.
 */
@ApplicationScoped
class SigningKey {

  static final String MISSING_KEY =
      "No key to sign access tokens: set app.identity.tokens.signing-key.location"
          + " (environment variable APP_IDENTITY_TOKENS_SIGNING_KEY_LOCATION) to a PEM file holding"
          + " an RSA private key in PKCS#8 form.";

  private final KeyPair keyPair;
  private final RsaJsonWebKey publicJwk;

  @Inject
  SigningKey(TokenSettings settings) {
    this(settings.signingKeyLocation().map(SigningKey::read).orElseGet(SigningKey::throwaway));
  }

  SigningKey(KeyPair keyPair) {
    this.keyPair = keyPair;
    publicJwk = new RsaJsonWebKey((RSAPublicKey) keyPair.getPublic());
    publicJwk.setKeyId(publicJwk.calculateBase64urlEncodedThumbprint("SHA-256"));
    publicJwk.setUse("sig");
    publicJwk.setAlgorithm("RS256");
  }

  String keyId() {
    return publicJwk.getKeyId();
  }

  PrivateKey privateKey() {
    return keyPair.getPrivate();
  }

  String jsonWebKeySet() {
    return new JsonWebKeySet(publicJwk).toJson(OutputControlLevel.PUBLIC_ONLY);
  }

  private static KeyPair read(String location) {
    try {
      var privateKey = KeyUtils.decodePrivateKey(Files.readString(Path.of(location)));
      if (!(privateKey instanceof RSAPrivateCrtKey rsa)) {
        throw new IllegalStateException(location + " does not hold an RSA private key.");
      }
      var publicKey =
          KeyFactory.getInstance("RSA")
              .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
      return new KeyPair(publicKey, privateKey);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the signing key at " + location, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decode the signing key at " + location, e);
    }
  }

  /** A key that lives as long as the process: tokens from an earlier start no longer verify. */
  private static KeyPair throwaway() {
    if (LaunchMode.current() == LaunchMode.NORMAL) {
      throw new IllegalStateException(MISSING_KEY);
    }
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime can generate RSA keys", e);
    }
  }
}
