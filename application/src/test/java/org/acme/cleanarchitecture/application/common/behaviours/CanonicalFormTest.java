package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

  record Page(long listId, Integer pageNumber, String title) {}

  record OtherPage(long listId, Integer pageNumber, String title) {}

  record Nested(Page page, List<String> tags, Colour colour, boolean done) {}

  enum Colour {
    RED
  }

  @Test
  void shouldGiveEqualRequestsTheSameForm() {
    assertThat(CanonicalForm.of(new Page(1, 2, "a")))
        .isEqualTo(CanonicalForm.of(new Page(1, 2, "a")));
  }

  @Test
  void shouldNameTheTypeAndEveryField() {
    assertThat(CanonicalForm.of(new Page(1, null, "Shopping")))
        .isEqualTo(
            Page.class.getName() + "{\"listId\":1,\"pageNumber\":null,\"title\":\"Shopping\"}");
  }

  @Test
  void shouldTellApartRequestsThatDifferInTypeOrInAnyField() {
    assertThat(
            List.of(
                CanonicalForm.of(new Page(1, 2, "a")),
                CanonicalForm.of(new OtherPage(1, 2, "a")),
                CanonicalForm.of(new Page(2, 2, "a")),
                CanonicalForm.of(new Page(1, null, "a")),
                CanonicalForm.of(new Page(1, 2, null)),
                CanonicalForm.of(new Page(1, 2, "null"))))
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldEscapeStringsSoThatNoValueCanImitateAnotherField() {
    assertThat(CanonicalForm.of(new Page(1, 2, "a\",\"x\":\"b")))
        .isNotEqualTo(CanonicalForm.of(new Page(1, 2, "a")))
        .contains("\\\"");
  }

  @Test
  void shouldWriteNestedRecordsListsEnumsAndBooleans() {
    assertThat(
            CanonicalForm.of(new Nested(new Page(1, 2, "a"), List.of("x", "y"), Colour.RED, true)))
        .isEqualTo(
            Nested.class.getName()
                + "{\"page\":{\"listId\":1,\"pageNumber\":2,\"title\":\"a\"},"
                + "\"tags\":[\"x\",\"y\"],\"colour\":\"RED\",\"done\":true}");
  }
}
