package org.acme.cleanarchitecture.infrastructure.redis;

/**
 * What the service uses Redis for, each with what it does without Redis: it goes on without the
 * help, never fails the request.
 */
public enum RedisUse {
  LOGIN_THROTTLE("logins go unthrottled"),
  QUERY_CACHE("queries bypass the cache"),
  RATE_LIMIT("requests go unlimited"),
  IDEMPOTENCY("repeated creates are not recognised");

  private final String withoutRedis;

  RedisUse(String withoutRedis) {
    this.withoutRedis = withoutRedis;
  }

  /** What the service does while Redis does not answer this use, for the warning. */
  public String withoutRedis() {
    return withoutRedis;
  }

  /** The name in metric tags: lower case. */
  public String tag() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
