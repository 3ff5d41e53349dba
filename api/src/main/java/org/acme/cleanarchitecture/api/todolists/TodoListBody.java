package org.acme.cleanarchitecture.api.todolists;

/** What a client sends to create or change a list; the id of an existing one is in the path. */
public record TodoListBody(String title, String colour) {}
