package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.acme.cleanarchitecture.application.common.caching.Cached;
import org.acme.cleanarchitecture.application.common.caching.ChangesEveryonesData;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.MediatorConfigurationException;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour.Next;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryCacheGenerations;
import org.acme.cleanarchitecture.application.testsupport.InMemoryQueryCache;
import org.acme.cleanarchitecture.application.testsupport.InMemoryQueryCache.Entry;
import org.acme.cleanarchitecture.application.testsupport.RecordingTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachingBehaviourTest {

  @Cached(timeToLiveSeconds = 60)
  record GetTitles(long listId) implements Query<List<String>> {}

  record GetUncached() implements Query<String> {}

  record Rename() implements Command<Void> {}

  @ChangesEveryonesData
  record Purge() implements Command<Void> {}

  @Cached(timeToLiveSeconds = 60)
  record CachedCommand() implements Command<Void> {}

  @ChangesEveryonesData
  record QueryChangingEveryonesData() implements Query<String> {}

  @Cached(timeToLiveSeconds = 0)
  record CachedForNoTime() implements Query<String> {}

  private static final GetTitles SHOPPING = new GetTitles(1);

  private final RecordingTransactions transactions = new RecordingTransactions();
  private final InMemoryQueryCache cache = new InMemoryQueryCache();
  private final InMemoryCacheGenerations generations =
      new InMemoryCacheGenerations(transactions.journal());
  private final CachingBehaviour ada = behaviourFor(FakeCurrentUser.user("ada"));
  private final CachingBehaviour grace = behaviourFor(FakeCurrentUser.user("grace"));
  private int handled;

  @BeforeEach
  void giveBothCallersAGeneration() {
    transactions.inTransaction(
        () -> {
          generations.advance("ada");
          generations.advance("grace");
          return null;
        });
    transactions.journal().clear();
  }

  @Test
  void shouldApplyToEveryCommandAndToCachedQueriesOnly() {
    assertThat(ada.appliesTo(Rename.class)).isTrue();
    assertThat(ada.appliesTo(Purge.class)).isTrue();
    assertThat(ada.appliesTo(GetTitles.class)).isTrue();
    assertThat(ada.appliesTo(GetUncached.class)).isFalse();
  }

  @Test
  void shouldLeaveQueriesAloneButKeepAdvancingGenerationsWhenTheCacheIsOff() {
    var cacheOff =
        new CachingBehaviour(
            InMemoryQueryCache.off(), generations, transactions, FakeCurrentUser.user("ada"));

    assertThat(cacheOff.appliesTo(GetTitles.class)).isFalse();
    assertThat(cacheOff.appliesTo(Rename.class)).isTrue();
  }

  @Test
  void shouldRefuseToStartWithAMarkingThatCannotWork() {
    assertThatThrownBy(() -> ada.appliesTo(CachedCommand.class))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(CachedCommand.class.getName());
    assertThatThrownBy(() -> ada.appliesTo(QueryChangingEveryonesData.class))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(QueryChangingEveryonesData.class.getName());
    assertThatThrownBy(() -> ada.appliesTo(CachedForNoTime.class))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(CachedForNoTime.class.getName());
  }

  @Test
  void shouldAnswerAMissFromTheHandlerAndCacheTheAnswerForItsTimeToLive() {
    var answer = ada.handle(SHOPPING, titles());

    assertThat(answer).containsExactly("Title 1");
    assertThat(cache.entries().values())
        .singleElement()
        .isEqualTo(new Entry(List.of("Title 1"), Duration.ofSeconds(60)));
  }

  @Test
  void shouldAnswerAHitFromTheCacheWithoutRunningTheHandler() {
    ada.handle(SHOPPING, titles());

    var answer = ada.handle(SHOPPING, titles());

    assertThat(answer).containsExactly("Title 1");
    assertThat(handled).isEqualTo(1);
  }

  @Test
  void shouldCacheEachCallersAnswersApart() {
    ada.handle(SHOPPING, titles());

    var gracesAnswer = grace.handle(SHOPPING, titles());

    assertThat(gracesAnswer).containsExactly("Title 2");
    assertThat(cache.entries()).hasSize(2);
  }

  @Test
  void shouldCacheAnswersToQueriesWithOtherFieldsApart() {
    ada.handle(SHOPPING, titles());

    var otherList = ada.handle(new GetTitles(2), titles());

    assertThat(otherList).containsExactly("Title 2");
  }

  @Test
  void shouldKeyAnswersByAHashThatShowsNeitherTheCallerNorTheQuery() {
    ada.handle(SHOPPING, titles());

    assertThat(cache.entries().keySet()).singleElement().asString().matches("[0-9a-f]{64}");
  }

  @Test
  void shouldAdvanceTheCallersGenerationInsideTheCommandsTransaction() {
    ada.handle(new Rename(), handler());

    assertThat(transactions.journal()).containsExactly("begin", "handler", "advance ada", "commit");
  }

  @Test
  void shouldAnswerFromTheHandlerAgainAfterTheCallersCommand() {
    ada.handle(SHOPPING, titles());
    ada.handle(new Rename(), handler());

    var answer = ada.handle(SHOPPING, titles());

    assertThat(answer).containsExactly("Title 2");
  }

  @Test
  void shouldNotAdvanceTheGenerationWhenTheCommandFails() {
    ada.handle(SHOPPING, titles());
    Next<Void> failing =
        () -> {
          throw new IllegalStateException("the handler failed");
        };

    assertThatThrownBy(() -> ada.handle(new Rename(), failing))
        .isInstanceOf(IllegalStateException.class);

    assertThat(transactions.journal()).containsExactly("begin", "rollback");
    assertThat(ada.handle(SHOPPING, titles())).containsExactly("Title 1");
  }

  @Test
  void shouldKeepAnotherCallersAnswersAfterACommand() {
    grace.handle(SHOPPING, titles());
    ada.handle(new Rename(), handler());

    var gracesAnswer = grace.handle(SHOPPING, titles());

    assertThat(gracesAnswer).containsExactly("Title 1");
    assertThat(handled).isEqualTo(1);
  }

  @Test
  void shouldMakeEveryonesAnswersObsoleteWithACommandThatChangesEveryonesData() {
    grace.handle(SHOPPING, titles());
    var administrator = behaviourFor(FakeCurrentUser.user("root", "Administrator"));

    administrator.handle(new Purge(), handler());

    assertThat(transactions.journal())
        .containsExactly("begin", "handler", "advance everyone", "commit");
    assertThat(grace.handle(SHOPPING, titles())).containsExactly("Title 2");
  }

  @Test
  void shouldLeaveGenerationsAloneForACommandWithoutACaller() {
    var anonymous = behaviourFor(FakeCurrentUser.anonymous());

    anonymous.handle(new Rename(), handler());

    assertThat(transactions.journal()).containsExactly("handler");
  }

  @Test
  void shouldNotCacheQueriesWithoutACaller() {
    var anonymous = behaviourFor(FakeCurrentUser.anonymous());

    anonymous.handle(SHOPPING, titles());
    anonymous.handle(SHOPPING, titles());

    assertThat(handled).isEqualTo(2);
    assertThat(cache.entries()).isEmpty();
  }

  @Test
  void shouldNotCacheBeforeTheCallersFirstCommand() {
    var newcomer = behaviourFor(FakeCurrentUser.user("newcomer"));

    newcomer.handle(SHOPPING, titles());
    newcomer.handle(SHOPPING, titles());

    assertThat(handled).isEqualTo(2);
    assertThat(cache.entries()).isEmpty();
  }

  @Test
  void shouldBypassTheCacheInsideATransaction() {
    ada.handle(SHOPPING, titles());

    var answer = transactions.inTransaction(() -> ada.handle(SHOPPING, titles()));

    assertThat(answer).containsExactly("Title 2");
    assertThat(cache.entries()).hasSize(1);
  }

  @Test
  void shouldReplaceAnAnswerThatNoLongerReadsAsTheAnswerType() {
    ada.handle(SHOPPING, titles());
    cache.entries().replaceAll((key, entry) -> new Entry("an older shape", entry.timeToLive()));

    var answer = ada.handle(SHOPPING, titles());

    assertThat(answer).containsExactly("Title 2");
    assertThat(cache.entries().values())
        .singleElement()
        .extracting(Entry::answer)
        .isEqualTo(List.of("Title 2"));
  }

  private CachingBehaviour behaviourFor(CurrentUser caller) {
    return new CachingBehaviour(cache, generations, transactions, caller);
  }

  /** A handler whose every answer is new: "Title 1", then "Title 2"... */
  private Next<List<String>> titles() {
    return () -> List.of("Title " + ++handled);
  }

  private Next<Void> handler() {
    return () -> {
      transactions.journal().add("handler");
      return null;
    };
  }
}
