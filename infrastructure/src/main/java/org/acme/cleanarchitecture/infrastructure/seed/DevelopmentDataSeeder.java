package org.acme.cleanarchitecture.infrastructure.seed;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.users.PasswordHasher;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.acme.cleanarchitecture.application.users.UserAccounts;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In development only (the bean does not exist in any other build): an administrator to log in as,
 * with a "Tasks" list of a few items, created once. Running it again changes nothing, not even the
 * password of an administrator seeded earlier.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DevelopmentDataSeeder {

  static final String ADMINISTRATOR_EMAIL = "administrator@localhost";
  static final String SEED_LIST = "Tasks";

  private static final List<String> SEED_ITEMS =
      List.of(
          "Make a todo list",
          "Check off the first item",
          "Realise you've already done two things on the list!",
          "Reward yourself with a nice, long nap");

  private final Transactions transactions;
  private final UserAccounts accounts;
  private final PasswordHasher passwordHasher;
  private final TodoListRepository todoLists;
  private final TodoItemRepository todoItems;
  private final String administratorPassword;

  DevelopmentDataSeeder(
      Transactions transactions,
      UserAccounts accounts,
      PasswordHasher passwordHasher,
      TodoListRepository todoLists,
      TodoItemRepository todoItems,
      @ConfigProperty(name = "app.seed.administrator-password") String administratorPassword) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.passwordHasher = passwordHasher;
    this.todoLists = todoLists;
    this.todoItems = todoItems;
    this.administratorPassword = administratorPassword;
  }

  void seed(@Observes StartupEvent started) {
    transactions.inTransaction(
        () -> {
          var administrator =
              accounts.findByEmail(ADMINISTRATOR_EMAIL).orElseGet(this::addAdministrator);
          if (!todoLists.isTitleTaken(administrator.id(), SEED_LIST, null)) {
            var list =
                todoLists.add(
                    TodoList.create(
                        todoLists.nextId(), SEED_LIST, Colour.WHITE, administrator.id()));
            SEED_ITEMS.forEach(title -> todoItems.add(list.addItem(todoItems.nextId(), title)));
          }
          return null;
        });
  }

  private UserAccount addAdministrator() {
    var administrator =
        UserAccount.create(
            ADMINISTRATOR_EMAIL,
            passwordHasher.hash(administratorPassword),
            Set.of(Roles.USER, Roles.ADMINISTRATOR));
    accounts.add(administrator);
    return administrator;
  }
}
