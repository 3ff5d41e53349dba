package org.acme.violations.application.lists;

import io.vertx.redis.client.RedisAPI;
import java.util.List;

public class ServiceCachingInRedis {

  private final RedisAPI redis;

  ServiceCachingInRedis(RedisAPI redis) {
    this.redis = redis;
  }

  void forget(long listId) {
    redis.del(List.of("list:" + listId));
  }
}
