package org.acme.cleanarchitecture.application.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256Test {

  @Test
  void shouldGiveTheStandardDigestInLowerCaseHex() {
    // The test vector of FIPS 180-2 for "abc".
    assertThat(Sha256.hexOf("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void shouldDigestTheUtf8BytesOfTheText() {
    // "é" is two bytes in UTF-8; a digest of another encoding would differ.
    assertThat(Sha256.hexOf("é"))
        .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
  }
}
