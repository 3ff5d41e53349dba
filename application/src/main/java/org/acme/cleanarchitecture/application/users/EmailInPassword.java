package org.acme.cleanarchitecture.application.users;

import java.util.List;
import java.util.Locale;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/**
 * The rule of a new password that needs the account's email address, which whoever tries to log in
 * as the account knows already: the password must have {@link AcceptablePassword#MIN_LENGTH}
 * characters besides the address, or besides its part before the {@code @} (the user name, which
 * NIST SP 800-63B counts among the first guesses). Letter case is ignored.
 */
public final class EmailInPassword {

  private EmailInPassword() {}

  /**
   * @param field the request field that holds the new password
   * @param email the normalised address
   */
  public static List<ValidationFailure> check(String field, String password, String email) {
    var at = email == null ? -1 : email.lastIndexOf('@');
    if (password == null || at <= 0) {
      return List.of(); // missing, or not an address: the annotations report it
    }
    var length = codePoints(password);
    if (length < AcceptablePassword.MIN_LENGTH) {
      return List.of(); // too short anyway, as the annotation reports
    }
    var lowerCased = password.toLowerCase(Locale.ROOT);
    for (var known : List.of(email, email.substring(0, at))) {
      if (lowerCased.contains(known)) {
        return length - codePoints(known) < AcceptablePassword.MIN_LENGTH
            ? List.of(new ValidationFailure(field, ValidationMessages.PASSWORD_CONTAINS_EMAIL))
            : List.of();
      }
    }
    return List.of();
  }

  private static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }
}
