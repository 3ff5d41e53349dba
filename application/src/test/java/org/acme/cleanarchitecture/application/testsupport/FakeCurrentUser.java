package org.acme.cleanarchitecture.application.testsupport;

import java.util.Optional;
import java.util.Set;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;

/** A caller fixed for the length of a test: anonymous, or a user with the given roles. */
public final class FakeCurrentUser implements CurrentUser {

  private final String id;
  private final Set<String> roles;

  private FakeCurrentUser(String id, Set<String> roles) {
    this.id = id;
    this.roles = roles;
  }

  public static FakeCurrentUser anonymous() {
    return new FakeCurrentUser(null, Set.of());
  }

  public static FakeCurrentUser user(String id, String... roles) {
    return new FakeCurrentUser(id, Set.of(roles));
  }

  @Override
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  @Override
  public boolean isInRole(String role) {
    return roles.contains(role);
  }
}
