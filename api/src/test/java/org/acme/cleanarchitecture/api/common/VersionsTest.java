package org.acme.cleanarchitecture.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.common.exceptions.PreconditionFailedException;
import org.acme.cleanarchitecture.application.common.exceptions.PreconditionRequiredException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {

  private final Versions optional = new Versions(false);
  private final Versions required = new Versions(true);

  @Test
  void shouldReadTheVersionOfAStrongTag() {
    assertThat(optional.expectedVersion(" \"3\" ")).isEqualTo(3L);
    assertThat(required.expectedVersion("\"3\"")).isEqualTo(3L);
  }

  @Test
  void shouldExpectNoVersionForAnyVersion() {
    assertThat(optional.expectedVersion("*")).isNull();
    assertThat(required.expectedVersion("*")).isNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void shouldExpectNoVersionWithoutTheHeaderUnlessRequired(String ifMatch) {
    assertThat(optional.expectedVersion(ifMatch)).isNull();
    assertThatThrownBy(() -> required.expectedVersion(ifMatch))
        .isInstanceOf(PreconditionRequiredException.class);
  }

  @Test
  void shouldNeverMatchAWeakTag() {
    assertThatThrownBy(() -> optional.expectedVersion("W/\"3\""))
        .isInstanceOf(PreconditionFailedException.class)
        .hasMessageContaining("W/\"3\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "\"three\"", "\"\"", "\"3\", \"4\"", "\"3"})
  void shouldRefuseAHeaderThatNamesNoSingleVersion(String ifMatch) {
    assertThatThrownBy(() -> optional.expectedVersion(ifMatch))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e -> assertThat(((ValidationException) e).errors()).containsOnlyKeys("If-Match"));
  }

  /** The service makes its Versions from the setting, off unless set, as the tests make theirs. */
  @Test
  void shouldTakeTheRequirementFromTheSetting() throws NoSuchMethodException {
    var setting =
        Versions.class
            .getDeclaredConstructor(boolean.class)
            .getParameters()[0]
            .getAnnotation(ConfigProperty.class);

    assertThat(setting.name()).isEqualTo("app.http.require-if-match");
    assertThat(setting.defaultValue()).isEqualTo("false");
  }
}
