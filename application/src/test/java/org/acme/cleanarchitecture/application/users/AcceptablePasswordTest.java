package org.acme.cleanarchitecture.application.users;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptablePasswordTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

  // U+1F511 KEY: one character, two UTF-16 units.
  private static final String KEY = "\uD83D\uDD11";

  record Credentials(@AcceptablePassword String password) {}

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 128})
  void shouldAcceptPasswordOfAllowedLength(int length) {
    assertThat(violationsOf("p".repeat(length))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, 129})
  void shouldRefusePasswordTooShortOrTooLong(int length) {
    assertThat(violationsOf("p".repeat(length)))
        .containsExactly("The password must be between 12 and 128 characters.");
  }

  @Test
  void shouldCountCharactersRatherThanUtf16Units() {
    assertThat(violationsOf(KEY.repeat(128))).isEmpty();
    assertThat(violationsOf(KEY.repeat(11)))
        .containsExactly("The password must be between 12 and 128 characters.");
  }

  @Test
  void shouldAcceptLongUncommonPasswordWithoutRulesOfComposition() {
    assertThat(violationsOf("correct horse battery staple")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"winniethepooh", "WinnieThePooh", "WINNIETHEPOOH"})
  void shouldRefuseCommonPasswordWhateverItsCase(String password) {
    assertThat(violationsOf(password))
        .containsExactly("The password must not be a commonly used one.");
  }

  @Test
  void shouldRequirePassword() {
    assertThat(violationsOf(null)).containsExactly("The password is required.");
  }

  private static List<String> violationsOf(String password) {
    return VALIDATION.getValidator().validate(new Credentials(password)).stream()
        .map(ConstraintViolation::getMessage)
        .toList();
  }
}
