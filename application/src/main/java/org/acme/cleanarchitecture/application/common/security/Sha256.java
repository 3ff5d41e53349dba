package org.acme.cleanarchitecture.application.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hex, for values the service must find again but never keep as they are,
 * such as refresh tokens and the keys that count failed logins. Not for passwords, which are few
 * enough to guess through a plain hash: those go to the {@code PasswordHasher}.
 */
public final class Sha256 {

  private Sha256() {}

  /** The SHA-256 of the text's UTF-8 bytes, as 64 hex digits. */
  public static String hexOf(String text) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform provides SHA-256", e);
    }
  }
}
