package org.acme.cleanarchitecture.application.common.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acme.cleanarchitecture.domain.common.DomainEvent;
import org.junit.jupiter.api.Test;

class PipelineMediatorTest {

  record Greet(String name) implements Command<String> {}

  record CountLetters(String word) implements Query<Integer> {}

  record Forgotten() implements Command<Void> {}

  record Greeted(String name) implements DomainEvent {}

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
        PipelineMediator.builder()
            .handler(new GreetHandler())
            .handler(new CountLettersHandler())
            .build();

    assertThat(mediator.send(new Greet("Ada"))).isEqualTo("Hello, Ada");
    assertThat(mediator.send(new CountLetters("four"))).isEqualTo(4);
  }

  @Test
  void shouldRunBehavioursOutermostFirstWhateverTheirRegistrationOrder() {
    var journal = new ArrayList<String>();
    var mediator =
        PipelineMediator.builder()
            .handler(new GreetHandler())
            .behaviour(new RecordingBehaviour("validation", BehaviourOrder.VALIDATION, journal))
            .behaviour(new RecordingBehaviour("logging", BehaviourOrder.LOGGING, journal))
            .behaviour(new RecordingBehaviour("transaction", BehaviourOrder.TRANSACTION, journal))
            .build();

    mediator.send(new Greet("Ada"));

    assertThat(journal)
        .containsExactly("logging sees Greet", "validation sees Greet", "transaction sees Greet");
  }

  @Test
  void shouldLetBehaviourShortCircuitThePipeline() {
    var handler = new GreetHandler();
    var journal = new ArrayList<String>();
    var mediator =
        PipelineMediator.builder()
            .handler(handler)
            .behaviour(
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
                })
            .behaviour(new RecordingBehaviour("transaction", BehaviourOrder.TRANSACTION, journal))
            .build();

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
        PipelineMediator.builder()
            .handler(failingHandler)
            .behaviour(new RecordingBehaviour("logging", BehaviourOrder.LOGGING, new ArrayList<>()))
            .build();

    assertThatThrownBy(() -> mediator.send(new Greet("Ada"))).isSameAs(failure);
  }

  @Test
  void shouldFailToBuildWhenRequestHasNoHandler() {
    var builder =
        PipelineMediator.builder()
            .requestTypes(Set.of(Forgotten.class, Greet.class))
            .handler(new GreetHandler());

    assertThatThrownBy(builder::build)
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining("No handler for " + Forgotten.class.getName());
  }

  @Test
  void shouldFailToBuildWhenRequestHasTwoHandlers() {
    var builder =
        PipelineMediator.builder().handler(new GreetHandler()).handler(new OtherGreetHandler());

    assertThatThrownBy(builder::build)
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(Greet.class.getName())
        .hasMessageContaining(GreetHandler.class.getName())
        .hasMessageContaining(OtherGreetHandler.class.getName());
  }

  @Test
  void shouldFailToBuildWhenTwoBehavioursClaimTheSamePosition() {
    var builder =
        PipelineMediator.builder()
            .handler(new GreetHandler())
            .behaviour(new RecordingBehaviour("a", BehaviourOrder.LOGGING, new ArrayList<>()))
            .behaviour(new RecordingBehaviour("b", BehaviourOrder.LOGGING, new ArrayList<>()));

    assertThatThrownBy(builder::build)
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
        PipelineMediator.builder()
            .handler(new GreetHandler())
            .handler(new CountLettersHandler())
            .behaviour(commandsOnly)
            .build();

    mediator.send(new CountLetters("word"));
    mediator.send(new Greet("Ada"));

    assertThat(journal).containsExactly("commands only sees Greet");
  }

  @Test
  void shouldRefuseRequestTypeItWasNotBuiltFor() {
    var mediator = PipelineMediator.builder().handler(new GreetHandler()).build();

    assertThatThrownBy(() -> mediator.send(new Forgotten()))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(Forgotten.class.getName());
  }

  @AfterCommit
  static final class MailAfterCommit implements NotificationHandler<Greeted> {
    final List<String> sent = new ArrayList<>();

    @Override
    public void handle(Greeted event) {
      sent.add("mail " + event.name());
    }
  }

  @Test
  void shouldPublishEventToEveryInTransactionHandlerOfItsType() {
    var received = new ArrayList<String>();
    var mail = new MailAfterCommit();
    var mediator =
        PipelineMediator.builder()
            .notificationHandler(Greeted.class, event -> received.add("audit " + event.name()))
            .notificationHandler(Greeted.class, event -> received.add("count " + event.name()))
            .notificationHandler(mail)
            .build();

    mediator.publish(new Greeted("Ada"), EventPhase.IN_TRANSACTION);

    assertThat(received).containsExactly("audit Ada", "count Ada");
    assertThat(mail.sent).isEmpty();
  }

  @Test
  void shouldPublishToAfterCommitHandlersOnlyInThatPhase() {
    var received = new ArrayList<String>();
    var mail = new MailAfterCommit();
    var mediator =
        PipelineMediator.builder()
            .notificationHandler(Greeted.class, event -> received.add("audit " + event.name()))
            .notificationHandler(mail)
            .build();

    mediator.publish(new Greeted("Ada"), EventPhase.AFTER_COMMIT);

    assertThat(mail.sent).containsExactly("mail Ada");
    assertThat(received).isEmpty();
  }

  @Test
  void shouldRefuseHandlerOfAnEventTypeNoEventIsAnInstanceOf() {
    var builder = PipelineMediator.builder();

    assertThatThrownBy(() -> builder.notificationHandler(DomainEvent.class, event -> {}))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(DomainEvent.class.getName());
  }

  @Test
  void shouldAcceptEventWithoutHandlers() {
    var mediator = PipelineMediator.builder().build();

    assertThatCode(() -> mediator.publish(new Greeted("Ada"), EventPhase.IN_TRANSACTION))
        .doesNotThrowAnyException();
  }
}
