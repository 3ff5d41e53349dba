package org.acme.cleanarchitecture.application.users;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * An account that can log in.
 *
 * @param id a random UUID, never reused; the subject of the account's access tokens
 * @param email normalised, unique among accounts
 * @param passwordHash the {@link PasswordHasher}'s hash of the password, never the password
 * @param roles the names of the account's roles
 */
public record UserAccount(String id, String email, String passwordHash, Set<String> roles) {

  public UserAccount {
    roles = Set.copyOf(roles);
  }

  /** A new account with an id of its own; the email must already be normalised. */
  public static UserAccount create(String email, String passwordHash, Set<String> roles) {
    return new UserAccount(UUID.randomUUID().toString(), email, passwordHash, roles);
  }

  /**
   * Trimmed and in lower case, so one mailbox is one account; {@code null} stays {@code null} for
   * validation to report.
   */
  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public UserAccount withPasswordHash(String newHash) {
    return new UserAccount(id, email, newHash, roles);
  }
}
