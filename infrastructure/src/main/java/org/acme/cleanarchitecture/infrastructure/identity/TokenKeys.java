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
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The RSA keys of the access tokens the service issues. The signing key signs every new token; it
 * and the verification keys (during a rotation, the previous key) verify them, and all their public
 * halves are published as one JSON Web Key Set. Each key's id ({@code kid}) is its RFC 7638
 * thumbprint, so the id changes whenever the key does and a token names the key that verifies it.
 */
@ApplicationScoped
class TokenKeys {

  private static final String MISSING_KEY =
      "No key to sign access tokens: set app.identity.tokens.signing-key.location"
          + " (environment variable APP_IDENTITY_TOKENS_SIGNING_KEY_LOCATION) to a PEM file holding"
          + " an RSA private key in PKCS#8 form, or set app.identity.tokens.external-issuer"
          + " (APP_IDENTITY_TOKENS_EXTERNAL_ISSUER) to accept the tokens of an OpenID Connect"
          + " provider instead.";

  // NIST SP 800-131A: RSA keys shorter than this no longer protect signatures.
  private static final int MIN_KEY_BITS = 2048;

  private final KeyPair signingKey;
  private final String signingKeyId;
  private final String jsonWebKeySet;

  @Inject
  TokenKeys(TokenSettings settings) {
    this(
        settings.signingKeyLocation().map(TokenKeys::readKeyPair).orElseGet(TokenKeys::throwaway),
        settings.verificationKeyLocations().orElse(List.of()).stream()
            .map(TokenKeys::readPublicKey)
            .toList());
  }

  TokenKeys(KeyPair signingKey, List<RSAPublicKey> verificationKeys) {
    this.signingKey = signingKey;
    var published = new ArrayList<RsaJsonWebKey>();
    published.add(publicJwk((RSAPublicKey) signingKey.getPublic()));
    verificationKeys.stream().map(TokenKeys::publicJwk).forEach(published::add);
    signingKeyId = published.get(0).getKeyId();
    jsonWebKeySet =
        new JsonWebKeySet(published.toArray(RsaJsonWebKey[]::new))
            .toJson(OutputControlLevel.PUBLIC_ONLY);
  }

  String signingKeyId() {
    return signingKeyId;
  }

  PrivateKey signingKey() {
    return signingKey.getPrivate();
  }

  /** Every key that verifies the service's tokens, the signing key first. */
  String jsonWebKeySet() {
    return jsonWebKeySet;
  }

  private static RsaJsonWebKey publicJwk(RSAPublicKey key) {
    var jwk = new RsaJsonWebKey(key);
    jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
    jwk.setUse("sig");
    jwk.setAlgorithm("RS256");
    return jwk;
  }

  private static KeyPair readKeyPair(String location) {
    try {
      var privateKey = KeyUtils.decodePrivateKey(read(location));
      if (!(privateKey instanceof RSAPrivateCrtKey rsa)) {
        throw new IllegalStateException(location + " does not hold an RSA private key.");
      }
      requireLongEnough(rsa, location);
      var publicKey =
          KeyFactory.getInstance("RSA")
              .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
      return new KeyPair(publicKey, privateKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decode the signing key at " + location, e);
    }
  }

  private static RSAPublicKey readPublicKey(String location) {
    try {
      if (!(KeyUtils.decodePublicKey(read(location)) instanceof RSAPublicKey rsa)) {
        throw new IllegalStateException(location + " does not hold an RSA public key.");
      }
      requireLongEnough(rsa, location);
      return rsa;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot decode the verification key at " + location + "; it must be a PEM public key", e);
    }
  }

  private static String read(String location) {
    try {
      return Files.readString(Path.of(location));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the token key at " + location, e);
    }
  }

  private static void requireLongEnough(RSAKey key, String location) {
    if (key.getModulus().bitLength() < MIN_KEY_BITS) {
      throw new IllegalStateException(
          "The RSA key at " + location + " is shorter than " + MIN_KEY_BITS + " bits.");
    }
  }

  /** A key that lives as long as the process: tokens from an earlier start no longer verify. */
  private static KeyPair throwaway() {
    if (LaunchMode.current() == LaunchMode.NORMAL) {
      throw new IllegalStateException(MISSING_KEY);
    }
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(MIN_KEY_BITS);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime can generate RSA keys", e);
    }
  }
}
