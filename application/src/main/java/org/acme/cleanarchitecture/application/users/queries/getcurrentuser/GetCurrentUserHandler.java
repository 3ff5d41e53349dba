package org.acme.cleanarchitecture.application.users.queries.getcurrentuser;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.users.UserAccounts;

@ApplicationScoped
class GetCurrentUserHandler implements QueryHandler<GetCurrentUserQuery, CurrentUserDto> {

  private final UserAccounts accounts;
  private final CurrentUser currentUser;

  GetCurrentUserHandler(UserAccounts accounts, CurrentUser currentUser) {
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  @Override
  public CurrentUserDto handle(GetCurrentUserQuery query) {
    var id = currentUser.requireId();
    var account = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
    return new CurrentUserDto(
        account.id(), account.email(), account.roles().stream().sorted().toList());
  }
}
