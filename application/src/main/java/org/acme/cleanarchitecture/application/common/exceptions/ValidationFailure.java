package org.acme.cleanarchitecture.application.common.exceptions;

/**
 * One broken rule.
 *
 * @param field the request field it concerns, as named in the request record
 * @param message what is wrong, in words a client can show
 */
public record ValidationFailure(String field, String message) {}
