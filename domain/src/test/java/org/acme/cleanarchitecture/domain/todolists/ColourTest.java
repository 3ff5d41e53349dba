package org.acme.cleanarchitecture.domain.todolists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.domain.todolists.Colour.UnsupportedColourException;
import org.junit.jupiter.api.Test;

class ColourTest {

  @Test
  void shouldFindSupportedColourByCodeIgnoringCase() {
    assertThat(Colour.fromCode("#ff5733")).isEqualTo(Colour.RED);
  }

  @Test
  void shouldUseDefaultColourWhenNoCodeIsGiven() {
    assertThat(Colour.fromCode(null)).isEqualTo(Colour.DEFAULT);
    assertThat(Colour.fromCode("")).isEqualTo(Colour.DEFAULT);
  }

  @Test
  void shouldRefuseUnsupportedCode() {
    assertThatThrownBy(() -> Colour.fromCode("#123456"))
        .isInstanceOf(UnsupportedColourException.class)
        .hasMessageContaining("#123456");
  }

  @Test
  void shouldTellWhetherCodeIsSupported() {
    assertThat(Colour.isSupported("#9966cc")).isTrue();
    assertThat(Colour.isSupported(null)).isTrue();
    assertThat(Colour.isSupported("purple")).isFalse();
  }

  @Test
  void shouldRefuseToBuildColourOutsideThePalette() {
    assertThatThrownBy(() -> new Colour("Pink", "#FFC0CB"))
        .isInstanceOf(UnsupportedColourException.class);
    assertThat(new Colour("Red", "#FF5733")).isEqualTo(Colour.RED);
  }

  @Test
  void shouldOfferEveryColourOnce() {
    assertThat(Colour.supported()).doesNotHaveDuplicates().contains(Colour.DEFAULT).hasSize(8);
  }
}
