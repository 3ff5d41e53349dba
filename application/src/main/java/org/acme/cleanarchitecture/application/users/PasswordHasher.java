package org.acme.cleanarchitecture.application.users;

/**
 * Turns passwords into one-way hashes and checks passwords against them. A hash is a
 * self-describing string (algorithm, parameters, salt and digest), so hashes made with older
 * parameters keep verifying while new ones use the current parameters.
 */
public interface PasswordHasher {

  /** A new hash of the password, with a fresh random salt. */
  String hash(String password);

  /** Checks the password against a stored hash, in time independent of where they differ. */
  Verification verify(String password, String storedHash);

  /** The outcome of checking a password. */
  enum Verification {
    MISMATCH,
    MATCH,
    /** The password matches a hash made with weaker parameters than today's: hash it again. */
    MATCH_NEEDS_REHASH;

    public boolean matches() {
      return this != MISMATCH;
    }
  }
}
