package org.acme.cleanarchitecture.application.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.acme.cleanarchitecture.application.users.UserAccounts;

/**
 * {@link UserAccounts} in memory, for use case tests that need no database. Like the table behind
 * the real one, it refuses a second account with the same id or email address.
 */
public final class InMemoryUserAccounts implements UserAccounts {

  private final Map<String, UserAccount> accounts = new LinkedHashMap<>();

  @Override
  public Optional<UserAccount> findByEmail(String email) {
    return accounts.values().stream().filter(account -> account.email().equals(email)).findFirst();
  }

  @Override
  public Optional<UserAccount> findById(String id) {
    return Optional.ofNullable(accounts.get(id));
  }

  @Override
  public void add(UserAccount account) {
    if (accounts.containsKey(account.id()) || findByEmail(account.email()).isPresent()) {
      throw new IllegalStateException("An account with this id or email address exists");
    }
    accounts.put(account.id(), account);
  }

  @Override
  public void changePasswordHash(String id, String passwordHash) {
    accounts.computeIfPresent(id, (unchanged, account) -> account.withPasswordHash(passwordHash));
  }
}
