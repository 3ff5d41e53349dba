package org.acme.cleanarchitecture.infrastructure.idempotency;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.acme.cleanarchitecture.application.common.idempotency.CurrentIdempotencyKey;

/** Answers with the idempotency key of the request it serves, as the behaviour sees it. */
@Path("/idempotency-key")
public class IdempotencyKeyResource {

  private final CurrentIdempotencyKey idempotencyKey;

  IdempotencyKeyResource(CurrentIdempotencyKey idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  @GET
  public String current() {
    return idempotencyKey.value().orElse("none");
  }
}
