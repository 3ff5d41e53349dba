package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

public record TodoItemBriefDto(Long id, Long listId, String title, boolean done) {}
