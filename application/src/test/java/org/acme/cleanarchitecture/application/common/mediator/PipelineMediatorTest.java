package org.acme.cleanarchitecture.application.common.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineMediatorTest {

  record Greet(String name) implements Command<String> {}

  record CountLetters(String word) implements Query<Integer> {}

  record Forgotten() implements Command<Void> {}

  static final class GreetHandler implements CommandHandler<Greet, String> {
    int calls;

    @Override
    public String handle(Greet command) {
      calls++;
      return "Hello, " + command.name();
    }
  }

  static final class OtherGreetHandler implements CommandHandler<Greet, String> {
    @Override
    public String handle(Greet command) {
      return "Hi";
    }
  }

  static final class CountLettersHandler implements QueryHandler<CountLetters, Integer> {
    @Override
    public Integer handle(CountLetters query) {
      return query.word().length();
    }
  }

  static class RecordingBehaviour implements PipelineBehaviour {
    private final String name;
    private final int order;
    private final List<String> journal;

    RecordingBehaviour(String name, int order, List<String> journal) {
      this.name = name;
      this.order = order;
      this.journal = journal;
    }

    @Override
    public int order() {
      return order;
    }

    @Override
    public <R> R handle(Request<R> request, Next<R> next) {
      journal.add(name + " sees " + request.getClass().getSimpleName());
      return next.proceed();
    }
  }

  @Test
  void shouldDispatchEachRequestToItsHandler() {
    var mediator =
        new PipelineMediator(List.of(new GreetHandler(), new CountLettersHandler()), List.of());

    assertThat(mediator.send(new Greet("Ada"))).isEqualTo("Hello, Ada");
    assertThat(mediator.send(new CountLetters("four"))).isEqualTo(4);
  }

  @Test
  void shouldRunBehavioursOutermostFirstWhateverTheirRegistrationOrder() {
    var journal = new ArrayList<String>();
    var mediator =
        new PipelineMediator(
            List.of(new GreetHandler()),
            List.of(
                new RecordingBehaviour("validation", BehaviourOrder.VALIDATION, journal),
                new RecordingBehaviour("logging", BehaviourOrder.LOGGING, journal),
                new RecordingBehaviour("transaction", BehaviourOrder.TRANSACTION, journal)));

    mediator.send(new Greet("Ada"));

    assertThat(journal)
        .containsExactly("logging sees Greet", "validation sees Greet", "transaction sees Greet");
  }

  @Test
  void shouldLetBehaviourShortCircuitThePipeline() {
    var handler = new GreetHandler();
    var journal = new ArrayList<String>();
    var fromCache =
        new PipelineBehaviour() {
          @Override
          public int order() {
            return BehaviourOrder.CACHING;
          }

          @Override
          @SuppressWarnings("unchecked")
          public <R> R handle(Request<R> request, Next<R> next) {
            return (R) "from cache";
          }
        };
    var mediator =
        new PipelineMediator(
            List.of(handler),
            List.of(
                fromCache,
                new RecordingBehaviour("transaction", BehaviourOrder.TRANSACTION, journal)));

    assertThat(mediator.send(new Greet("Ada"))).isEqualTo("from cache");
    assertThat(handler.calls).isZero();
    assertThat(journal).isEmpty();
  }

  @Test
  void shouldPropagateHandlerExceptionUnchanged() {
    var failure = new IllegalStateException("the handler failed");
    CommandHandler<Greet, String> failingHandler =
        new CommandHandler<>() {
          @Override
          public String handle(Greet command) {
            throw failure;
          }
        };
    var mediator =
        new PipelineMediator(
            List.of(failingHandler),
            List.of(new RecordingBehaviour("logging", BehaviourOrder.LOGGING, new ArrayList<>())));

    assertThatThrownBy(() -> mediator.send(new Greet("Ada"))).isSameAs(failure);
  }

  @Test
  void shouldRefuseRequestWithoutHandlerNamingIt() {
    var mediator = new PipelineMediator(List.of(new GreetHandler()), List.of());

    assertThatThrownBy(() -> mediator.send(new Forgotten()))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining("No handler for " + Forgotten.class.getName());
  }

  @Test
  void shouldFailToBuildWhenRequestHasTwoHandlers() {
    var handlers = List.of(new GreetHandler(), new OtherGreetHandler());

    assertThatThrownBy(() -> new PipelineMediator(handlers, List.of()))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(Greet.class.getName())
        .hasMessageContaining(GreetHandler.class.getName())
        .hasMessageContaining(OtherGreetHandler.class.getName());
  }

  @Test
  void shouldFailToBuildWhenTwoBehavioursClaimTheSamePosition() {
    var behaviours =
        List.of(
            new RecordingBehaviour("a", BehaviourOrder.LOGGING, new ArrayList<>()),
            new RecordingBehaviour("b", BehaviourOrder.LOGGING, new ArrayList<>()));

    assertThatThrownBy(() -> new PipelineMediator(List.of(new GreetHandler()), behaviours))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(String.valueOf(BehaviourOrder.LOGGING))
        .hasMessageContaining(RecordingBehaviour.class.getName());
  }

  @Test
  void shouldNeverShowQueriesToCommandOnlyBehaviour() {
    var journal = new ArrayList<String>();
    var commandsOnly =
        new RecordingBehaviour("commands only", BehaviourOrder.TRANSACTION, journal) {
          @Override
          public boolean appliesTo(Class<? extends Request<?>> requestType) {
            return Command.class.isAssignableFrom(requestType);
          }
        };
    var mediator =
        new PipelineMediator(
            List.of(new GreetHandler(), new CountLettersHandler()), List.of(commandsOnly));

    mediator.send(new CountLetters("word"));
    mediator.send(new Greet("Ada"));

    assertThat(journal).containsExactly("commands only sees Greet");
  }
}
