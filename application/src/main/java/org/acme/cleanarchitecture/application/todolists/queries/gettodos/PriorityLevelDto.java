package org.acme.cleanarchitecture.application.todolists.queries.gettodos;

public record PriorityLevelDto(int id, String title) {}
