package org.acme.cleanarchitecture.application.users.queries.getcurrentuser;

import java.util.List;

/**
 * @param roles in alphabetical order
 */
public record CurrentUserDto(String id, String email, List<String> roles) {}
