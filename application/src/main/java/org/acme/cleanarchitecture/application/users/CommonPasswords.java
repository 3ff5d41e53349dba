package org.acme.cleanarchitecture.application.users;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.toUnmodifiableSet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first, from {@code common-passwords.txt} beside this class, read once
 * when first needed. Lines starting with {@code #} are comments. Few of them reach the minimum
 * length of 12 characters, so under it the length and the other rules refuse most weak passwords; a
 * larger list, such as one drawn from breached passwords, can replace the file as it is.
 */
final class CommonPasswords {

  private static final String RESOURCE = "common-passwords.txt";
  private static final Set<String> LOWER_CASED = load();

  private CommonPasswords() {}

  /** Whether the password is on the list, ignoring case. */
  static boolean contain(String password) {
    return LOWER_CASED.contains(password.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    var list = CommonPasswords.class.getResourceAsStream(RESOURCE);
    if (list == null) {
      throw new IllegalStateException(
          RESOURCE + " is missing from " + CommonPasswords.class.getPackageName());
    }
    try (var lines = new BufferedReader(new InputStreamReader(list, UTF_8))) {
      return lines
          .lines()
          .filter(line -> !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
