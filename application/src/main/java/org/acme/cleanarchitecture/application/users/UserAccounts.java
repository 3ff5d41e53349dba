package org.acme.cleanarchitecture.application.users;

import java.util.Optional;

/** The accounts that can log in. */
public interface UserAccounts {

  /** The account with this normalised email address, if any. */
  Optional<UserAccount> findByEmail(String email);

  Optional<UserAccount> findById(String id);

  void add(UserAccount account);

  void changePasswordHash(String id, String passwordHash);
}
