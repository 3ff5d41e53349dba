package org.acme.cleanarchitecture.infrastructure.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many failed logins the login throttle tolerates, and for how long. */
@ConfigMapping(prefix = "app.identity.login-throttle")
interface LoginThrottleConfig {

  /** Failed logins one account may have within a window; the next attempt is refused. */
  @WithDefault("5")
  int maxFailuresPerAccount();

  /** Failed logins one client address may have within a window, whatever the accounts. */
  @WithDefault("20")
  int maxFailuresPerAddress();

  /** How long failures count, from the first failure of a window. */
  @WithDefault("15m")
  Duration window();
}
