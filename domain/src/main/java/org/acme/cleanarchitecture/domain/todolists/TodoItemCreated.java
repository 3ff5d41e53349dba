package org.acme.cleanarchitecture.domain.todolists;

import org.acme.cleanarchitecture.domain.common.DomainEvent;

/** A todo item was added to a list. */
public record TodoItemCreated(long itemId, long listId, String title) implements DomainEvent {}
