package org.acme.cleanarchitecture.infrastructure.idempotency;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.idempotency.CurrentIdempotencyKey;

/**
 * The {@code Idempotency-Key} header of the HTTP request being served, so the resources need not
 * pass it along with each command. None outside an HTTP request, such as in a scheduled job.
 */
@ApplicationScoped
class HttpIdempotencyKey implements CurrentIdempotencyKey {

  private final CurrentVertxRequest currentRequest;

  HttpIdempotencyKey(CurrentVertxRequest currentRequest) {
    this.currentRequest = currentRequest;
  }

  @Override
  public Optional<String> value() {
    if (!Arc.container().requestContext().isActive()) {
      return Optional.empty();
    }
    return Optional.ofNullable(currentRequest.getCurrent())
        .map(routingContext -> routingContext.request().headers().getAll(NAME))
        .filter(values -> !values.isEmpty())
        // Several fields of one name are one comma-separated value in HTTP (RFC 9110, 5.3).
        .map(values -> String.join(", ", values));
  }
}
