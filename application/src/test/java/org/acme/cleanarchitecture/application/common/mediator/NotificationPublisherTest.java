package org.acme.cleanarchitecture.application.common.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.domain.common.DomainEvent;
import org.junit.jupiter.api.Test;

class NotificationPublisherTest {

  record Greeted(String name) implements DomainEvent {}

  static class Journal implements NotificationHandler<Greeted> {
    final List<String> received = new ArrayList<>();

    @Override
    public void handle(Greeted event) {
      received.add(event.name());
    }
  }

  static final class AuditGreeting extends Journal {}

  static final class CountGreeting extends Journal {}

  @AfterCommit
  static class MailGreeting extends Journal {}

  static final class AnyEventHandler implements NotificationHandler<DomainEvent> {
    @Override
    public void handle(DomainEvent event) {}
  }

  private final AuditGreeting audit = new AuditGreeting();
  private final CountGreeting count = new CountGreeting();
  private final MailGreeting mail = new MailGreeting();
  private final NotificationPublisher publisher =
      new NotificationPublisher(List.of(audit, count, mail));

  @Test
  void shouldPublishEventToEveryInTransactionHandlerOfItsType() {
    publisher.publish(new Greeted("Ada"), EventPhase.IN_TRANSACTION);

    assertThat(audit.received).containsExactly("Ada");
    assertThat(count.received).containsExactly("Ada");
    assertThat(mail.received).isEmpty();
  }

  @Test
  void shouldPublishToAfterCommitHandlersOnlyInThatPhase() {
    publisher.publish(new Greeted("Ada"), EventPhase.AFTER_COMMIT);

    assertThat(mail.received).containsExactly("Ada");
    assertThat(audit.received).isEmpty();
    assertThat(count.received).isEmpty();
  }

  @Test
  void shouldReadThePhaseFromTheHandlersClassEvenThroughASubclassProxy() {
    var proxy = new MailGreeting() {};
    var publishing = new NotificationPublisher(List.of(proxy));

    publishing.publish(new Greeted("Ada"), EventPhase.IN_TRANSACTION);
    publishing.publish(new Greeted("Bob"), EventPhase.AFTER_COMMIT);

    assertThat(proxy.received).containsExactly("Bob");
  }

  @Test
  void shouldRefuseHandlerOfAnEventTypeNoEventIsAnInstanceOf() {
    var handlers = List.of(new AnyEventHandler());

    assertThatThrownBy(() -> new NotificationPublisher(handlers))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(DomainEvent.class.getName());
  }

  @Test
  void shouldAcceptEventWithoutHandlers() {
    var withoutHandlers = new NotificationPublisher(List.of());

    assertThatCode(() -> withoutHandlers.publish(new Greeted("Ada"), EventPhase.IN_TRANSACTION))
        .doesNotThrowAnyException();
  }
}
