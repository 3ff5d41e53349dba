package org.acme.cleanarchitecture.application.users;

import java.time.Duration;

/** How long the refresh tokens the service issues stay valid; set by configuration. */
public interface TokenLifetimes {

  Duration refreshToken();
}
