package org.acme.cleanarchitecture.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BaseEntityTest {

  record Happened(String what) implements DomainEvent {}

  static final class Thing extends BaseEntity {
    Thing() {
      super(1L);
    }

    void happen(String what) {
      raise(new Happened(what));
    }
  }

  @Test
  void shouldHandOverRecordedEventsOnce() {
    var thing = new Thing();
    thing.happen("first");
    thing.happen("second");

    assertThat(thing.pullDomainEvents())
        .containsExactly(new Happened("first"), new Happened("second"));
    assertThat(thing.pullDomainEvents()).isEmpty();
  }

  @Test
  void shouldAcceptChangeBasedOnCurrentVersionOrNoVersion() {
    var thing = new Thing();

    assertThatCode(() -> thing.requireVersion(0L)).doesNotThrowAnyException();
    assertThatCode(() -> thing.requireVersion(null)).doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseChangeBasedOnAnotherVersion() {
    var thing = new Thing();

    assertThatThrownBy(() -> thing.requireVersion(3L))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("version 3");
  }
}
