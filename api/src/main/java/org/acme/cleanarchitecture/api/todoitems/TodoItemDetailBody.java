package org.acme.cleanarchitecture.api.todoitems;

/**
 * What a client sends to move an item and set its priority and note; the id comes from the path.
 *
 * @param priority a priority level's id, 0 to 3
 */
public record TodoItemDetailBody(Long listId, Integer priority, String note) {}
