package org.acme.cleanarchitecture.application.todolists.queries.gettodolists;

/**
 * A todo list as clients see it.
 *
 * @param colour the colour's hex code
 */
public record TodoListDto(Long id, String title, String colour) {}
