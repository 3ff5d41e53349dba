package org.acme.cleanarchitecture.domain.todolists;

import org.acme.cleanarchitecture.domain.common.DomainEvent;

/** A todo item was deleted on its own; one deleted with its list raises none (see ADR 5). */
public record TodoItemDeleted(long itemId, long listId, String title) implements DomainEvent {}
