package org.acme.cleanarchitecture.domain.todolists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.acme.cleanarchitecture.domain.todolists.Colour.UnsupportedColourException;
import org.junit.jupiter.api.Test;

class ColourTest {

  @Test
  void shouldFindSupportedColourByCodeIgnoringCase() {
    assertThat(Colour.fromCode("#ff5733")).isEqualTo(Colour.RED);
  }

  @Test
  void shouldFindEveryColourByItsOwnCode() {
    for (var colour : Colour.values()) {
      assertThat(Colour.fromCode(colour.getCode())).isEqualTo(colour);
      assertThat(Colour.fromCode(colour.getCode().toLowerCase(Locale.ROOT))).isEqualTo(colour);
    }
  }

  @Test
  void shouldDescribeEachColourByHexCodeAndDisplayName() {
    assertThat(Colour.WHITE.getCode()).isEqualTo("#FFFFFF");
    assertThat(Colour.WHITE.getDisplayName()).isEqualTo("White");
    assertThat(Colour.values())
        .extracting(Colour::getCode)
        .doesNotHaveDuplicates()
        .allMatch(code -> code.matches("#[0-9A-F]{6}"));
  }

  @Test
  void shouldRefuseUnsupportedCode() {
    assertThatThrownBy(() -> Colour.fromCode("#123456"))
        .isInstanceOf(UnsupportedColourException.class)
        .hasMessageContaining("#123456");
  }

  @Test
  void shouldRefuseMissingOrBlankCode() {
    assertThatThrownBy(() -> Colour.fromCode(null)).isInstanceOf(UnsupportedColourException.class);
    assertThatThrownBy(() -> Colour.fromCode("")).isInstanceOf(UnsupportedColourException.class);
    assertThatThrownBy(() -> Colour.fromCode("  ")).isInstanceOf(UnsupportedColourException.class);
  }

  @Test
  void shouldTellWhetherCodeIsSupported() {
    assertThat(Colour.isSupported("#9966cc")).isTrue();
    assertThat(Colour.isSupported("purple")).isFalse();
    assertThat(Colour.isSupported(null)).isFalse();
    assertThat(Colour.isSupported(" ")).isFalse();
  }

  @Test
  void shouldOfferTheEightColoursOfThePalette() {
    assertThat(Colour.values()).hasSize(8);
  }
}
