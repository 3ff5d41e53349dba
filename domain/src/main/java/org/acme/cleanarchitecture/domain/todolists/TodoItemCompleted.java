package org.acme.cleanarchitecture.domain.todolists;

import org.acme.cleanarchitecture.domain.common.DomainEvent;

public record TodoItemCompleted(TodoItem item) implements DomainEvent {}
