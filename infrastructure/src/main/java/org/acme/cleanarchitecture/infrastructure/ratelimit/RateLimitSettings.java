package org.acme.cleanarchitecture.infrastructure.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many requests a caller may send within a window, counted across every instance. */
@ConfigMapping(prefix = "app.rate-limit")
interface RateLimitSettings {

  /**
   * Requests one authenticated user may send within a window, from any address: five a second on
   * average, far more than a person using a client needs, and few enough that no one user can keep
   * the service busy for everyone else.
   */
  @WithDefault("300")
  int requestsPerUser();

  /**
   * Requests one client address may send within a window without a valid token: enough for the few
   * anonymous calls a client makes (register, log in, refresh, the public keys), also for several
   * people behind one address, and few enough to slow down a script probing the service.
   */
  @WithDefault("60")
  int requestsPerAddress();

  /** How long a window lasts, from its first request. */
  @WithDefault("1m")
  Duration window();
}
