package org.acme.cleanarchitecture.domain.todolists;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.acme.cleanarchitecture.domain.common.DomainException;

/** A colour a todo list can be shown in: a closed palette, so no other colour can exist. */
public enum Colour {
  WHITE("#FFFFFF", "White"),
  RED("#FF5733", "Red"),
  ORANGE("#FFC300", "Orange"),
  YELLOW("#FFFF66", "Yellow"),
  GREEN("#CCFF99", "Green"),
  BLUE("#6666FF", "Blue"),
  PURPLE("#9966CC", "Purple"),
  GREY("#999999", "Grey");

  private final String code;
  private final String displayName;

  Colour(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * The colour with this hex code, ignoring case.
   *
   * @throws UnsupportedColourException for a missing or blank code, or one outside the palette
   */
  public static Colour fromCode(String code) {
    return find(code).orElseThrow(() -> new UnsupportedColourException(code));
  }

  /** Whether {@link #fromCode(String)} accepts the code. */
  public static boolean isSupported(String code) {
    return find(code).isPresent();
  }

  private static Optional<Colour> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    var normalised = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(colour -> colour.code.equals(normalised)).findFirst();
  }

  /** The hex code clients send and the database stores, such as {@code #FF5733}. */
  public String getCode() {
    return code;
  }

  /** The name to show a person, such as "Red". */
  public String getDisplayName() {
    return displayName;
  }

  /** Thrown when a colour code is not in the supported palette. */
  public static final class UnsupportedColourException extends DomainException {

    UnsupportedColourException(String code) {
      super("Colour \"" + code + "\" is not supported.");
    }
  }
}
