package org.acme.cleanarchitecture.infrastructure.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListReads;
import org.acme.cleanarchitecture.application.users.PasswordHasher;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.acme.cleanarchitecture.application.users.UserAccounts;
import org.acme.cleanarchitecture.infrastructure.persistence.TestTables;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seeder exists only in the dev build, so the test builds it by hand from the real adapters and
 * runs it against the test database.
 */
@QuarkusTest
class DevelopmentDataSeederTest {

  private static final String PASSWORD = "a development password";

  @Inject TestTables tables;
  @Inject Transactions transactions;
  @Inject UserAccounts accounts;
  @Inject PasswordHasher passwordHasher;
  @Inject TodoListRepository todoLists;
  @Inject TodoItemRepository todoItems;
  @Inject TodoListReads reads;

  private DevelopmentDataSeeder seeder;

  @BeforeEach
  void startFromEmptyTables() {
    tables.empty();
    seeder =
        new DevelopmentDataSeeder(
            transactions, accounts, passwordHasher, todoLists, todoItems, PASSWORD);
  }

  @Test
  void shouldSeedAnAdministratorWhoLogsInWithTheConfiguredPassword() {
    seeder.seed(null);

    var administrator = administrator();
    assertThat(administrator.roles()).containsExactlyInAnyOrder(Roles.USER, Roles.ADMINISTRATOR);
    assertThat(passwordHasher.verify(PASSWORD, administrator.passwordHash()).matches()).isTrue();
  }

  @Test
  void shouldGiveTheAdministratorATasksListWithItems() {
    seeder.seed(null);

    var owner = administrator().id();
    assertThat(reads.allOwnedBy(owner))
        .singleElement()
        .returns("Tasks", TodoListDto::title)
        .extracting(TodoListDto::items, InstanceOfAssertFactories.LIST)
        .hasSize(4);
  }

  @Test
  void shouldChangeNothingWhenRunAgain() {
    seeder.seed(null);
    var first = administrator();

    seeder.seed(null);

    assertThat(administrator()).isEqualTo(first);
    assertThat(reads.allOwnedBy(first.id()))
        .singleElement()
        .extracting(TodoListDto::items, InstanceOfAssertFactories.LIST)
        .hasSize(4);
  }

  private UserAccount administrator() {
    return transactions
        .inTransaction(() -> accounts.findByEmail(DevelopmentDataSeeder.ADMINISTRATOR_EMAIL))
        .orElseThrow();
  }
}
