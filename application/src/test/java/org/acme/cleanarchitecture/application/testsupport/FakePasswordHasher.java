package org.acme.cleanarchitecture.application.testsupport;

import org.acme.cleanarchitecture.application.common.security.Sha256;
import org.acme.cleanarchitecture.application.users.PasswordHasher;

/**
 * A {@link PasswordHasher} fast enough for unit tests, and as strict as the real one about what
 * matches. Like the real one, it salts every hash, so hashing a password again gives another hash;
 * and a hash names the generation of parameters it was made with: a password hashed with {@link
 * #outdatedHashOf outdated} ones matches, and asks to be hashed again. It counts the hashes it
 * computes, the work that makes the real one slow.
 */
public final class FakePasswordHasher implements PasswordHasher {

  private static final String CURRENT = "current";
  private static final String OUTDATED = "outdated";

  private int computations;
  private int lastSalt;

  /** A hash of the password as an older version of the hasher would have stored it. */
  public static String outdatedHashOf(String password) {
    return hashOf(OUTDATED, "0", password);
  }

  @Override
  public String hash(String password) {
    computations++;
    return hashOf(CURRENT, String.valueOf(++lastSalt), password);
  }

  @Override
  public Verification verify(String password, String storedHash) {
    computations++;
    var parts = storedHash.split("\\$");
    if (parts.length != 3 || !storedHash.equals(hashOf(parts[0], parts[1], password))) {
      return Verification.MISMATCH;
    }
    return parts[0].equals(CURRENT) ? Verification.MATCH : Verification.MATCH_NEEDS_REHASH;
  }

  /** How many hashes it has computed, to hash a password or to verify one. */
  public int computations() {
    return computations;
  }

  private static String hashOf(String generation, String salt, String password) {
    return generation + "$" + salt + "$" + Sha256.hexOf(salt + password);
  }
}
