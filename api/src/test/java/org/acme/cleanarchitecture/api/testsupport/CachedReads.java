package org.acme.cleanarchitecture.api.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads of cached queries through the API, told apart by the query cache's hit counter: whether an
 * answer came from the cache or from the database.
 */
@ApplicationScoped
public class CachedReads {

  private final MeterRegistry registry;

  CachedReads(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * Reads twice, and checks that the second answer is the first, served from the cache. Returns the
   * first answer, whose content shows whether a cached answer outlived a write.
   */
  public ValidatableResponse readTwice(TestUsers user, String path) {
    var first = user.request().get(path);
    first.then().statusCode(200);
    var hitsBefore = hits();

    var second = user.request().get(path).then().statusCode(200).extract().asString();

    assertThat(hits()).as("cache hits reading %s again", path).isEqualTo(hitsBefore + 1);
    assertThat(second).isEqualTo(first.asString());
    return first.then();
  }

  /** The query cache's hits so far. */
  public double hits() {
    var counter = registry.find("cache.gets").tags("cache", "queries", "result", "hit").counter();
    return counter == null ? 0 : counter.count();
  }
}
