package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.acme.cleanarchitecture.application.common.caching.Cached;
import org.acme.cleanarchitecture.application.common.caching.ChangesEveryonesData;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.MediatorConfigurationException;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.mediator.TypeArgument;
import org.acme.cleanarchitecture.application.common.ports.CacheGenerations;
import org.acme.cleanarchitecture.application.common.ports.CacheGenerations.Generations;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.ports.QueryCache;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.application.common.security.Sha256;

/**
 * Serves the queries marked {@link Cached} from the {@link QueryCache}, and keeps every answer it
 * serves fresh: each command advances its caller's cache generation (everyone's, if it is marked
 * {@link ChangesEveryonesData}) in its own transaction, and answers are cached under the
 * generations current when they were computed. An answer computed before a write is keyed by a
 * generation that the write's commit made obsolete, so it is never read again, whatever happened to
 * the cache meanwhile; it expires with its time to live. Queries without a caller, or sent inside a
 * transaction, bypass the cache; commands without a caller, such as a login, advance nothing.
 */
@ApplicationScoped
public class CachingBehaviour implements PipelineBehaviour {

  // Read once per request type, then cached by the JVM: no reflection per call.
  private static final ClassValue<CachedQuery> CACHED_QUERIES =
      new ClassValue<>() {
        @Override
        protected CachedQuery computeValue(Class<?> queryType) {
          var cached = queryType.getAnnotation(Cached.class);
          return new CachedQuery(
              Duration.ofSeconds(cached.timeToLiveSeconds()),
              TypeArgument.declaredType(queryType, Query.class));
        }
      };

  private final QueryCache cache;
  private final CacheGenerations generations;
  private final Transactions transactions;
  private final CurrentUser currentUser;

  public CachingBehaviour(
      QueryCache cache,
      CacheGenerations generations,
      Transactions transactions,
      CurrentUser currentUser) {
    this.cache = cache;
    this.generations = generations;
    this.transactions = transactions;
    this.currentUser = currentUser;
  }

  @Override
  public int order() {
    return BehaviourOrder.CACHING;
  }

  /**
   * Applies to every command, since any of them may change what a cached query answers, and to
   * queries marked {@link Cached} while the cache is on. A marking that cannot work stops the
   * start.
   */
  @Override
  public boolean appliesTo(Class<? extends Request<?>> requestType) {
    var cached = requestType.getAnnotation(Cached.class);
    if (Command.class.isAssignableFrom(requestType)) {
      if (cached != null) {
        throw new MediatorConfigurationException(
            requestType.getName() + " is a command; only queries can be @Cached.");
      }
      return true;
    }
    if (requestType.isAnnotationPresent(ChangesEveryonesData.class)) {
      throw new MediatorConfigurationException(
          requestType.getName() + " is a query; only commands change everyone's data.");
    }
    if (cached == null) {
      return false;
    }
    if (cached.timeToLiveSeconds() <= 0) {
      throw new MediatorConfigurationException(
          requestType.getName() + " must be @Cached for more than zero seconds.");
    }
    CACHED_QUERIES.get(requestType); // now, so that an answer type it cannot read stops the start
    return cache.isEnabled();
  }

  @Override
  public <R> R handle(Request<R> request, Next<R> next) {
    return request instanceof Command<?>
        ? advancingGenerations(request, next)
        : cacheAside(request, next);
  }

  /**
   * Advances the generation after the handler, inside the transaction that the transaction
   * behaviour, further in, joins: so the advance commits with the command's changes, or neither
   * does.
   */
  private <R> R advancingGenerations(Request<R> command, Next<R> next) {
    var everyone = command.getClass().isAnnotationPresent(ChangesEveryonesData.class);
    var caller = currentUser.id();
    if (!everyone && caller.isEmpty()) {
      return next.proceed();
    }
    return transactions.inTransaction(
        () -> {
          var result = next.proceed();
          if (everyone) {
            generations.advanceEveryone();
          } else {
            generations.advance(caller.get());
          }
          return result;
        });
  }

  private <R> R cacheAside(Request<R> query, Next<R> next) {
    var caller = currentUser.id();
    // Inside a transaction, the handler may see changes that never commit.
    if (caller.isEmpty() || transactions.isActive()) {
      return next.proceed();
    }
    // The generations first, then the cache or the handler. A write that commits after this read
    // may or may not be in the answer computed below, but that answer goes under generations the
    // write has made obsolete, so no read that starts after the write ever sees it. Read the other
    // way round, an answer computed before a write could be stored under the generation after it.
    Optional<Generations> current = generations.current(caller.get());
    if (current.isEmpty()) {
      // Before the caller's first command; a state that returns whenever generations are deleted.
      return next.proceed();
    }
    var cachedQuery = CACHED_QUERIES.get(query.getClass());
    var key = keyOf(query, caller.get(), current.get());
    Optional<R> cached = cache.get(key, cachedQuery.answerType());
    if (cached.isPresent()) {
      return cached.get();
    }
    var answer = next.proceed();
    if (answer != null) {
      cache.put(key, answer, cachedQuery.timeToLive());
    }
    return answer;
  }

  /** A hash of the query, the caller and the generations: short, and no caller's data in clear. */
  private static String keyOf(Request<?> query, String caller, Generations generations) {
    return Sha256.hexOf(
        CanonicalForm.of(
            new CacheKey(
                CanonicalForm.of((Record) query),
                caller,
                generations.owner(),
                generations.everyone())));
  }

  private record CachedQuery(Duration timeToLive, Type answerType) {}

  /** Everything an answer depends on, written unambiguously by {@link CanonicalForm}. */
  private record CacheKey(
      String query, String caller, UUID callerGeneration, UUID everyonesGeneration) {}
}
