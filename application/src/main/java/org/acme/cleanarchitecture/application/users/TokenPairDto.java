package org.acme.cleanarchitecture.application.users;

/**
 * What a login or a refresh returns, shaped as an OAuth 2.0 token response (RFC 6749, 5.1).
 *
 * @param tokenType always {@code Bearer}
 * @param accessToken presented on every request, until it expires
 * @param expiresIn the access token's lifetime in seconds
 * @param refreshToken exchanged once for the next pair
 */
public record TokenPairDto(
    String tokenType, String accessToken, long expiresIn, String refreshToken) {}
