package org.acme.cleanarchitecture.application.common.exceptions;

/**
 * The caller sent an idempotency key again with a different command: the key names one command
 * only, and the first one has it. A client reusing keys by mistake learns so here, instead of
 * receiving the answer to another command.
 */
public class IdempotencyKeyReusedException extends ExpectedFailure {

  public IdempotencyKeyReusedException() {
    super(
        422,
        "This Idempotency-Key was already used for a different request; send a new key with a new"
            + " request.");
  }
}
