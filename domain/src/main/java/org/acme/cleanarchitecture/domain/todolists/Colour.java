package org.acme.cleanarchitecture.domain.todolists;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.acme.cleanarchitecture.domain.common.DomainException;

/** A colour a todo list can be shown in; only the supported palette is accepted. */
public record Colour(String name, String code) {

  public static final Colour WHITE = new Colour("White", "#FFFFFF");
  public static final Colour RED = new Colour("Red", "#FF5733");
  public static final Colour ORANGE = new Colour("Orange", "#FFC300");
  public static final Colour YELLOW = new Colour("Yellow", "#FFFF66");
  public static final Colour GREEN = new Colour("Green", "#CCFF99");
  public static final Colour BLUE = new Colour("Blue", "#6666FF");
  public static final Colour PURPLE = new Colour("Purple", "#9966CC");
  public static final Colour GREY = new Colour("Grey", "#999999");

  public static final Colour DEFAULT = WHITE;

  private static final List<Colour> SUPPORTED =
      List.of(WHITE, RED, ORANGE, YELLOW, GREEN, BLUE, PURPLE, GREY);

  /**
   * Only the palette's own constants are built freely; any other colour must match one of them, so
   * no unsupported colour can exist.
   */
  public Colour {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    if (SUPPORTED != null
        && SUPPORTED.stream()
            .noneMatch(colour -> colour.name.equals(name) && colour.code.equals(code))) {
      throw new UnsupportedColourException(code);
    }
  }

  /**
   * The supported colour with this hex code (case-insensitive); the default colour when no code is
   * given.
   */
  public static Colour fromCode(String code) {
    return find(code).orElseThrow(() -> new UnsupportedColourException(code));
  }

  /** Whether {@link #fromCode(String)} accepts the code. */
  public static boolean isSupported(String code) {
    return find(code).isPresent();
  }

  private static Optional<Colour> find(String code) {
    if (code == null || code.isBlank()) {
      return Optional.of(DEFAULT);
    }
    var normalised = code.strip().toUpperCase(Locale.ROOT);
    return SUPPORTED.stream().filter(colour -> colour.code.equals(normalised)).findFirst();
  }

  public static List<Colour> supported() {
    return SUPPORTED;
  }

  /** Thrown when a colour code is not in the supported palette. */
  public static final class UnsupportedColourException extends DomainException {

    UnsupportedColourException(String code) {
      super("Colour \"" + code + "\" is not supported.");
    }
  }
}
