package org.acme.cleanarchitecture.application.users;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptablePasswordTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

  private static final String REPEATED =
      "The password must not be a shorter one repeated, such as abcabcabcabc.";

  // From U+4E00 on: Chinese characters, each one UTF-16 unit.
  private static final int FIRST_HAN = 0x4E00;
  // From U+1F600 GRINNING FACE on: emoji, each one character of two UTF-16 units.
  private static final int FIRST_EMOJI = 0x1F600;

  record Credentials(@AcceptablePassword String password) {}

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 128})
  void shouldAcceptPasswordOfAllowedLength(int length) {
    assertThat(violationsOf(differentCharacters(FIRST_HAN, length))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, 129})
  void shouldRefusePasswordTooShortOrTooLong(int length) {
    assertThat(violationsOf(differentCharacters(FIRST_HAN, length)))
        .containsExactly("The password must be between 12 and 128 characters.");
  }

  @Test
  void shouldCountCharactersRatherThanUtf16Units() {
    assertThat(violationsOf(differentCharacters(FIRST_EMOJI, 128))).isEmpty();
    assertThat(violationsOf(differentCharacters(FIRST_EMOJI, 11)))
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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pppppppppppp",
        "abcabcabcabc",
        "123qwe123qwe",
        "PasswordPASSWORD",
        "abcdefghijkABCDEFGHIJK"
      })
  void shouldRefuseShorterPasswordRepeated(String password) {
    assertThat(violationsOf(password)).containsExactly(REPEATED);
  }

  @Test
  void shouldAcceptRepetitionOfAPartLongEnoughOnItsOwn() {
    assertThat(violationsOf("correcthorse".repeat(2))).isEmpty();
  }

  @Test
  void shouldAcceptRepeatedLettersWithinAPassword() {
    assertThat(violationsOf("bookkeeper committee")).isEmpty();
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

  /** As many characters as asked, each different, from the given one on. */
  private static String differentCharacters(int first, int count) {
    return new String(IntStream.range(first, first + count).toArray(), 0, count);
  }
}
