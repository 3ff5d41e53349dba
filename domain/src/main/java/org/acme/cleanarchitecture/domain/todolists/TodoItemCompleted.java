package org.acme.cleanarchitecture.domain.todolists;

import org.acme.cleanarchitecture.domain.common.DomainEvent;

/** A todo item that was not done was marked done; its title is the one it had then. */
public record TodoItemCompleted(long itemId, long listId, String title) implements DomainEvent {}
