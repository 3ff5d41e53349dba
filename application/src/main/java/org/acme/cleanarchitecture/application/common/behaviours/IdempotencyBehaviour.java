package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.acme.cleanarchitecture.application.common.exceptions.ConflictException;
import org.acme.cleanarchitecture.application.common.exceptions.IdempotencyKeyReusedException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.idempotency.CurrentIdempotencyKey;
import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyClaim;
import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyStore;
import org.acme.cleanarchitecture.application.common.idempotency.Idempotent;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.MediatorConfigurationException;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.mediator.TypeArgument;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.security.AllowAnonymous;
import org.acme.cleanarchitecture.application.common.security.Sha256;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/**
 * Runs an {@link Idempotent} command once per idempotency key: sent again with the key, the same
 * command gets the first result back; another command with the key is refused (422), and so is the
 * same command while the first is still running (409). A command sent without a key runs as always.
 * Keys are kept per caller, so two callers' keys never meet.
 *
 * <p>Only a result that came back is recorded, which the transaction inside has committed by then.
 * A command that fails frees its key, whether it was refused or failed unexpectedly, since it
 * changed nothing: a retry runs afresh rather than repeating the failure. When the store does not
 * answer, the command runs unguarded rather than not at all.
 */
@ApplicationScoped
public class IdempotencyBehaviour implements PipelineBehaviour {

  private static final int MAX_KEY_LENGTH = 255;

  // Read once per command type, then cached by the JVM: no reflection per call.
  private static final ClassValue<Type> RESPONSE_TYPES =
      new ClassValue<>() {
        @Override
        protected Type computeValue(Class<?> commandType) {
          return TypeArgument.ofClass(commandType, Command.class).value();
        }
      };

  private final CurrentIdempotencyKey idempotencyKey;
  private final CurrentUser currentUser;
  private final IdempotencyStore store;

  public IdempotencyBehaviour(
      CurrentIdempotencyKey idempotencyKey, CurrentUser currentUser, IdempotencyStore store) {
    this.idempotencyKey = idempotencyKey;
    this.currentUser = currentUser;
    this.store = store;
  }

  @Override
  public int order() {
    return BehaviourOrder.IDEMPOTENCY;
  }

  /**
   * Applies to requests marked {@link Idempotent}. One that is a query, or open to anonymous
   * callers, stops the start: a query changes nothing to repeat, and an anonymous caller has no
   * keys of its own.
   */
  @Override
  public boolean appliesTo(Class<? extends Request<?>> requestType) {
    if (!requestType.isAnnotationPresent(Idempotent.class)) {
      return false;
    }
    if (!Command.class.isAssignableFrom(requestType)) {
      throw new MediatorConfigurationException(
          requestType.getName() + " is @Idempotent but not a command; only commands can be.");
    }
    if (requestType.isAnnotationPresent(AllowAnonymous.class)) {
      throw new MediatorConfigurationException(
          requestType.getName()
              + " is both @Idempotent and @AllowAnonymous; idempotency keys are kept per caller.");
    }
    // Read now, so that a command whose result has no concrete type stops the start too.
    RESPONSE_TYPES.get(requestType);
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R handle(Request<R> request, Next<R> next) {
    var key = idempotencyKey.value();
    if (key.isEmpty()) {
      return next.proceed();
    }
    var claim =
        store.claim(
            keyOfCaller(wellFormed(key.get())),
            Sha256.hexOf(CanonicalForm.of((Record) request)),
            RESPONSE_TYPES.get(request.getClass()));
    if (claim instanceof IdempotencyClaim.Claimed claimed) {
      return runAndRecord(claimed, next);
    }
    if (claim instanceof IdempotencyClaim.Completed completed) {
      return (R) completed.response();
    }
    if (claim instanceof IdempotencyClaim.InFlight) {
      throw new ConflictException(
          "A request with this Idempotency-Key is still being processed; retry once it has"
              + " finished to get its response.");
    }
    if (claim instanceof IdempotencyClaim.UsedByAnotherCommand) {
      throw new IdempotencyKeyReusedException();
    }
    return next.proceed();
  }

  private <R> R runAndRecord(IdempotencyClaim.Claimed claim, Next<R> next) {
    R response;
    try {
      response = next.proceed();
    } catch (RuntimeException e) {
      store.release(claim);
      throw e;
    }
    store.record(claim, response);
    return response;
  }

  private static String wellFormed(String key) {
    var printable = key.chars().allMatch(character -> character >= ' ' && character <= '~');
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !printable) {
      throw new ValidationException(
          Map.of(
              CurrentIdempotencyKey.NAME, List.of(ValidationMessages.IDEMPOTENCY_KEY_MALFORMED)));
    }
    return key;
  }

  /**
   * The key under which the store keeps the caller's key: hashes of both, so that neither a user id
   * nor a key a client chose reaches the store, and no two callers' keys can ever be equal.
   */
  private String keyOfCaller(String key) {
    return Sha256.hexOf(currentUser.requireId()) + ":" + Sha256.hexOf(key);
  }
}
