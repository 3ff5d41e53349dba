package org.acme.cleanarchitecture.application.todolists.queries;

/**
 * A todo item as clients see it.
 *
 * @param priority the priority level's id
 * @param version to send back as {@code If-Match} when changing the item
 */
public record TodoItemDto(
    Long id, Long listId, String title, boolean done, int priority, String note, long version) {}
