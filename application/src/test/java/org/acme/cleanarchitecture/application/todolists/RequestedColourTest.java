package org.acme.cleanarchitecture.application.todolists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.Colour.UnsupportedColourException;
import org.junit.jupiter.api.Test;

class RequestedColourTest {

  @Test
  void shouldGiveWhiteWhenNoColourIsNamed() {
    assertThat(RequestedColour.of(null)).isEqualTo(Colour.WHITE);
    assertThat(RequestedColour.of(" ")).isEqualTo(Colour.WHITE);
  }

  @Test
  void shouldGiveTheNamedColour() {
    assertThat(RequestedColour.of("#6666ff")).isEqualTo(Colour.BLUE);
  }

  @Test
  void shouldRefuseColourOutsideThePalette() {
    assertThatThrownBy(() -> RequestedColour.of("#123456"))
        .isInstanceOf(UnsupportedColourException.class);
  }

  @Test
  void shouldAcceptAbsentOrSupportedColourOnly() {
    assertThat(RequestedColour.isAcceptable(null)).isTrue();
    assertThat(RequestedColour.isAcceptable("")).isTrue();
    assertThat(RequestedColour.isAcceptable("#6666FF")).isTrue();
    assertThat(RequestedColour.isAcceptable("pink")).isFalse();
  }
}
