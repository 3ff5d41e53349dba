package org.acme.cleanarchitecture.api.todolists;

/** What a client sends to change a list; the id comes from the path. */
public record TodoListBody(String title, String colour) {}
