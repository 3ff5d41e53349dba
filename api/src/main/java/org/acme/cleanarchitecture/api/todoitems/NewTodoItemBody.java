package org.acme.cleanarchitecture.api.todoitems;

/** What a client sends to add an item to a list. */
public record NewTodoItemBody(Long listId, String title) {}
