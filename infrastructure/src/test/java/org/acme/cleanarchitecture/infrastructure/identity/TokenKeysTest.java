package org.acme.cleanarchitecture.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKeySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenKeysTest {

  @TempDir Path directory;

  @Test
  void shouldPublishTheSigningKeyFirstAndTheVerificationKeysAfterIt() throws Exception {
    var signing = write("signing.pem", "PRIVATE KEY", generate(2048).getPrivate().getEncoded());
    var previous = write("previous.pub.pem", "PUBLIC KEY", generate(2048).getPublic().getEncoded());

    var keys = new TokenKeys(settings(signing, List.of(previous)));

    var published = new JsonWebKeySet(keys.jsonWebKeySet()).getJsonWebKeys();
    assertThat(published).hasSize(2);
    assertThat(published.get(0).getKeyId()).isEqualTo(keys.signingKeyId());
    assertThat(published.get(1).getKeyId()).isNotEqualTo(keys.signingKeyId());
    assertThat(keys.jsonWebKeySet()).doesNotContain("\"d\"");
  }

  @Test
  void shouldRefuseSigningKeyShorterThan2048Bits() throws Exception {
    var weak = write("weak.pem", "PRIVATE KEY", generate(1024).getPrivate().getEncoded());

    assertThatThrownBy(() -> new TokenKeys(settings(weak, List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("shorter than 2048 bits");
  }

  @Test
  void shouldRefuseAPrivateKeyWhereAPublicKeyBelongs() throws Exception {
    var signing = write("signing.pem", "PRIVATE KEY", generate(2048).getPrivate().getEncoded());

    assertThatThrownBy(() -> new TokenKeys(settings(signing, List.of(signing))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must be a PEM public key");
  }

  private static KeyPair generate(int bits) throws GeneralSecurityException {
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits);
    return generator.generateKeyPair();
  }

  private String write(String name, String type, byte[] der) throws IOException {
    var pem =
        "-----BEGIN "
            + type
            + "-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
            + "\n-----END "
            + type
            + "-----\n";
    return Files.writeString(directory.resolve(name), pem).toString();
  }

  private static TokenSettings settings(String signingKey, List<String> verificationKeys) {
    return new TokenSettings() {
      @Override
      public Duration accessTokenLifetime() {
        return Duration.ofMinutes(15);
      }

      @Override
      public Duration refreshTokenLifetime() {
        return Duration.ofDays(14);
      }

      @Override
      public Optional<String> signingKeyLocation() {
        return Optional.of(signingKey);
      }

      @Override
      public Optional<List<String>> verificationKeyLocations() {
        return Optional.of(verificationKeys);
      }

      @Override
      public Optional<String> externalIssuer() {
        return Optional.empty();
      }
    };
  }
}
