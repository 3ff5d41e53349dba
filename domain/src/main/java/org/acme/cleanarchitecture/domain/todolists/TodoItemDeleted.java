package org.acme.cleanarchitecture.domain.todolists;

import org.acme.cleanarchitecture.domain.common.DomainEvent;

public record TodoItemDeleted(TodoItem item) implements DomainEvent {}
