package org.acme.cleanarchitecture.api.testsupport;

import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Throwaway RSA keys for the tests, kept as PEM files under {@code target/test-keys}, the form an
 * operator gives the service its keys in. Generated at each test start and never committed.
 */
public final class TestKeys {

  private static final Path DIRECTORY = Path.of("target", "test-keys").toAbsolutePath();

  private TestKeys() {}

  /** A new key pair, saved as {@code name.pem} (private, PKCS#8) and {@code name.pub.pem}. */
  public static KeyPair create(String name) {
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      var keys = generator.generateKeyPair();
      Files.createDirectories(DIRECTORY);
      Files.writeString(privateKeyFile(name), pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
      Files.writeString(publicKeyFile(name), pem("PUBLIC KEY", keys.getPublic().getEncoded()));
      return keys;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime can generate RSA keys", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The key pair saved under this name by the current test start. */
  public static KeyPair load(String name) {
    try {
      return new KeyPair(
          KeyUtils.decodePublicKey(Files.readString(publicKeyFile(name))),
          KeyUtils.decodePrivateKey(Files.readString(privateKeyFile(name))));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decode the test key " + name, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path privateKeyFile(String name) {
    return DIRECTORY.resolve(name + ".pem");
  }

  public static Path publicKeyFile(String name) {
    return DIRECTORY.resolve(name + ".pub.pem");
  }

  private static String pem(String type, byte[] der) {
    var body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
