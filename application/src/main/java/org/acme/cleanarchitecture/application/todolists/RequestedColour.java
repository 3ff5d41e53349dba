package org.acme.cleanarchitecture.application.todolists;

import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.Colour.UnsupportedColourException;

/**
 * The colour a caller asks for when creating or updating a list. The palette itself has no default;
 * naming no colour is a choice of these use cases, so they state its answer here, once.
 */
public final class RequestedColour {

  /** The colour of a list whose caller named none. */
  public static final Colour DEFAULT = Colour.WHITE;

  private RequestedColour() {}

  /** Whether the code names a colour of the palette, or no colour at all. */
  public static boolean isAcceptable(String code) {
    return isAbsent(code) || Colour.isSupported(code);
  }

  /**
   * The colour the code names, or {@link #DEFAULT} if it names none.
   *
   * @throws UnsupportedColourException for a code outside the palette
   */
  public static Colour of(String code) {
    return isAbsent(code) ? DEFAULT : Colour.fromCode(code);
  }

  private static boolean isAbsent(String code) {
    return code == null || code.isBlank();
  }
}
