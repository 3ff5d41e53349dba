package org.acme.cleanarchitecture.infrastructure.identity;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.acme.cleanarchitecture.application.users.PasswordHasher;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id, OWASP's first choice, into PHC strings such as {@code
 * $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded Base64). New hashes use the configured
 * cost; a stored hash of lower cost still verifies, and asks to be hashed again.
 */
@Startup // so a cost below OWASP's minimum stops the service at startup, not at the first login
@ApplicationScoped
class Argon2idPasswordHasher implements PasswordHasher {

  private static final int SALT_LENGTH = 16;
  private static final int HASH_LENGTH = 32;
  private static final String PREFIX = "$argon2id$v=19$";
  // The shape hash() writes. Version 19 is Argon2 1.3, the current one.
  private static final Pattern STORED_HASH =
      Pattern.compile(
          Pattern.quote(PREFIX)
              + "m=([1-9]\\d{0,8}),t=([1-9]\\d{0,8}),p=([1-9]\\d{0,8})"
              + "\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

  private final SecureRandom random = new SecureRandom();
  private final Cost cost;

  @Inject
  Argon2idPasswordHasher(Argon2idSettings settings) {
    this(new Cost(settings.memoryKib(), settings.iterations(), settings.parallelism()));
  }

  Argon2idPasswordHasher(Cost cost) {
    if (cost.isWeakerThan(Cost.OWASP_MINIMUM)) {
      throw new IllegalArgumentException(
          "Argon2id cost "
              + cost.phcParameters()
              + " is below OWASP's minimum "
              + Cost.OWASP_MINIMUM.phcParameters()
              + ": raise app.identity.argon2.memory-kib, iterations or parallelism.");
    }
    this.cost = cost;
  }

  @Override
  public String hash(String password) {
    var salt = new byte[SALT_LENGTH];
    random.nextBytes(salt);
    var encoder = Base64.getEncoder().withoutPadding();
    return PREFIX
        + cost.phcParameters()
        + "$"
        + encoder.encodeToString(salt)
        + "$"
        + encoder.encodeToString(derive(password, salt, cost));
  }

  /**
   * A stored hash that is not of the shape {@link #hash} writes matches no password: it cannot be
   * checked, and the caller answers a failed login rather than an error.
   */
  @Override
  public Verification verify(String password, String storedHash) {
    var parts = storedHash == null ? null : STORED_HASH.matcher(storedHash);
    if (parts == null || !parts.matches()) {
      return Verification.MISMATCH;
    }
    try {
      var storedCost =
          new Cost(
              Integer.parseInt(parts.group(1)),
              Integer.parseInt(parts.group(2)),
              Integer.parseInt(parts.group(3)));
      var salt = Base64.getDecoder().decode(parts.group(4));
      var expected = Base64.getDecoder().decode(parts.group(5));
      if (expected.length != HASH_LENGTH
          || !MessageDigest.isEqual(derive(password, salt, storedCost), expected)) {
        return Verification.MISMATCH;
      }
      return storedCost.isWeakerThan(cost) ? Verification.MATCH_NEEDS_REHASH : Verification.MATCH;
    } catch (IllegalArgumentException unreadable) {
      // Base64 that does not decode, or a cost Bouncy Castle refuses
      return Verification.MISMATCH;
    }
  }

  private static byte[] derive(String password, byte[] salt, Cost cost) {
    var generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build());
    var hash = new byte[HASH_LENGTH];
    generator.generateBytes(password.getBytes(UTF_8), hash);
    return hash;
  }

  /** Argon2's cost: memory in KiB, iterations (passes over it) and parallelism (lanes). */
  record Cost(int memoryKib, int iterations, int parallelism) {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    static final Cost OWASP_MINIMUM = new Cost(19456, 2, 1);

    /** Lower than the other in any parameter, whatever the rest. */
    boolean isWeakerThan(Cost other) {
      return memoryKib < other.memoryKib
          || iterations < other.iterations
          || parallelism < other.parallelism;
    }

    /** As a PHC string writes it: {@code m=19456,t=2,p=1}. */
    String phcParameters() {
      return "m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism;
    }
  }
}
