package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.todolists.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.junit.jupiter.api.Test;

class CreateTodoListHandlerTest {

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final CreateTodoListHandler handler = new CreateTodoListHandler(todoLists);

  @Test
  void shouldStoreTheNewListAndReturnItsId() {
    Long id = handler.handle(new CreateTodoListCommand("Shopping", "#FF5733"));

    assertThat(todoLists.allOrderedByTitle())
        .singleElement()
        .satisfies(
            list -> {
              assertThat(list.getId()).isEqualTo(id);
              assertThat(list.getTitle()).isEqualTo("Shopping");
              assertThat(list.getColour()).isEqualTo(Colour.RED);
            });
  }

  @Test
  void shouldUseTheDefaultColourWhenNoneIsGiven() {
    handler.handle(new CreateTodoListCommand("Shopping", null));

    assertThat(todoLists.allOrderedByTitle().get(0).getColour()).isEqualTo(Colour.DEFAULT);
  }
}
