package org.acme.cleanarchitecture.application.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

  record Named(@Title String title) {}

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  @Test
  void shouldAcceptTitleOfTheLongestAllowedLength() {
    assertThat(VALIDATION.getValidator().validate(new Named("t".repeat(200)))).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void shouldRequireTitle(String title) {
    assertThat(VALIDATION.getValidator().validate(new Named(title)))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("The title is required.");
  }

  @Test
  void shouldRefuseTitleLongerThanTheDomainAllows() {
    assertThat(VALIDATION.getValidator().validate(new Named("t".repeat(201))))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("The title must be at most 200 characters.");
  }
}
