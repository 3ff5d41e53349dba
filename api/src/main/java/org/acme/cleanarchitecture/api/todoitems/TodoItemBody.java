package org.acme.cleanarchitecture.api.todoitems;

/** What a client sends to rename an item or mark it done; the id comes from the path. */
public record TodoItemBody(String title, boolean done) {}
