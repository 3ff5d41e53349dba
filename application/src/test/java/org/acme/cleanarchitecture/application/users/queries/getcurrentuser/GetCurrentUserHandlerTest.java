package org.acme.cleanarchitecture.application.users.queries.getcurrentuser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryUserAccounts;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.junit.jupiter.api.Test;

class GetCurrentUserHandlerTest {

  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();

  GetCurrentUserHandlerTest() {
    accounts.add(
        new UserAccount(
            "ada-id", "ada@example.com", "hash", Set.of(Roles.USER, Roles.ADMINISTRATOR)));
    accounts.add(new UserAccount("bob-id", "bob@example.com", "hash", Set.of(Roles.USER)));
  }

  @Test
  void shouldReturnTheCallersIdEmailAndRolesInAlphabeticalOrder() {
    var handler = new GetCurrentUserHandler(accounts, FakeCurrentUser.user("ada-id"));

    assertThat(handler.handle(new GetCurrentUserQuery()))
        .isEqualTo(
            new CurrentUserDto("ada-id", "ada@example.com", List.of("Administrator", "User")));
  }

  @Test
  void shouldNotFindAnAccountThatNoLongerExists() {
    var handler = new GetCurrentUserHandler(accounts, FakeCurrentUser.user("gone-id"));

    assertThatThrownBy(() -> handler.handle(new GetCurrentUserQuery()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldRefuseAnonymousCaller() {
    var handler = new GetCurrentUserHandler(accounts, FakeCurrentUser.anonymous());

    assertThatThrownBy(() -> handler.handle(new GetCurrentUserQuery()))
        .isInstanceOf(UnauthorizedAccessException.class);
  }
}
