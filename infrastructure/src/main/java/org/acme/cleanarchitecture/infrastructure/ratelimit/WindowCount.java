package org.acme.cleanarchitecture.infrastructure.ratelimit;

import java.time.Duration;

/** The requests counted so far in a caller's current window, and how long until it ends. */
record WindowCount(long requests, Duration untilReset) {}
