package org.acme.cleanarchitecture.application.todolists.queries;

import java.util.List;

/**
 * A todo list as clients see it.
 *
 * @param colour the colour's hex code
 * @param version to send back as {@code If-Match} when changing the list
 */
public record TodoListDto(
    Long id, String title, String colour, long version, List<TodoItemDto> items) {}
