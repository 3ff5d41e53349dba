package org.acme.cleanarchitecture.application.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailInPasswordTest {

  private static final String ADA = "ada.lovelace@example.com";
  private static final ValidationFailure CONTAINS_EMAIL =
      new ValidationFailure(
          "password",
          "The password must have at least 12 characters besides the email address or its part"
              + " before the @.");

  @ParameterizedTest
  @ValueSource(strings = {"ada.lovelace", "ada.lovelace1815", "1815 Ada.Lovelace!"})
  void shouldRefuseThePartBeforeTheAtWithFewerThan12OtherCharacters(String password) {
    assertThat(EmailInPassword.check("password", password, ADA)).containsExactly(CONTAINS_EMAIL);
  }

  @Test
  void shouldRefuseTheWholeAddressWithFewerThan12OtherCharacters() {
    assertThat(EmailInPassword.check("password", "ada.lovelace@example.com2024", ADA))
        .containsExactly(CONTAINS_EMAIL);
  }

  @Test
  void shouldAcceptThePartBeforeTheAtWith12OtherCharacters() {
    assertThat(EmailInPassword.check("password", "ada.lovelace of analysis", ADA)).isEmpty();
  }

  @Test
  void shouldAcceptAShortNameWithinALongPassword() {
    assertThat(EmailInPassword.check("password", "bobbing along the river", "bob@example.com"))
        .isEmpty();
  }

  @Test
  void shouldAcceptAPasswordWithoutTheAddress() {
    assertThat(EmailInPassword.check("password", "correct horse battery staple", ADA)).isEmpty();
  }

  @Test
  void shouldReportTheFieldItIsGiven() {
    assertThat(EmailInPassword.check("newPassword", "ada.lovelace1815", ADA))
        .extracting(ValidationFailure::field)
        .containsExactly("newPassword");
  }

  @Test
  void shouldLeaveWhatTheAnnotationsRefuseToThem() {
    assertThat(EmailInPassword.check("password", "bob's pass", "bob@example.com")).isEmpty();
    assertThat(EmailInPassword.check("password", null, ADA)).isEmpty();
    assertThat(EmailInPassword.check("password", "ada.lovelace1815", null)).isEmpty();
    assertThat(EmailInPassword.check("password", "ada.lovelace1815", "ada.lovelace")).isEmpty();
  }
}
