package org.acme.cleanarchitecture.application.todolists;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.acme.cleanarchitecture.application.todolists.commands.createtodolist.CreateTodoListCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SupportedColourTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"#FF5733", "#ff5733", "#FFFFFF"})
  void shouldAcceptPaletteColourOrNone(String code) {
    assertThat(VALIDATION.getValidator().validate(new CreateTodoListCommand("Shopping", code)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"#123456", "pink", "#ABCDEF"})
  void shouldRefuseColourOutsideThePaletteWithoutRepeatingIt(String code) {
    assertThat(VALIDATION.getValidator().validate(new CreateTodoListCommand("Shopping", code)))
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.getPropertyPath()).hasToString("colour");
              assertThat(violation.getMessage())
                  .isEqualTo("The colour must be one of the palette's hex codes, such as #FF5733.");
            })
        .extracting(ConstraintViolation::getMessage)
        .asString()
        .doesNotContain(code);
  }
}
