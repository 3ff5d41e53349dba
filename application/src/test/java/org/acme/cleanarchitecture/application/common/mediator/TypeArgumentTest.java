package org.acme.cleanarchitecture.application.common.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeArgumentTest {

  record ListNames() implements Query<List<String>> {}

  record CountNames() implements Query<Long> {}

  static class CountNamesHandler implements QueryHandler<CountNames, Long> {
    @Override
    public Long handle(CountNames query) {
      return 0L;
    }
  }

  static class SpecialCountNamesHandler extends CountNamesHandler {}

  @SuppressWarnings("rawtypes")
  record Untyped() implements Query {}

  @Test
  void shouldReadTheRequestTypeAHandlerServesAndTheClassThatDeclaresIt() {
    var argument = TypeArgument.of(new SpecialCountNamesHandler(), RequestHandler.class);

    assertThat(argument.value()).isEqualTo(CountNames.class);
    assertThat(argument.declaredBy()).isEqualTo(CountNamesHandler.class);
  }

  @Test
  void shouldKeepTheGenericAnswerTypeOfAQuery() {
    var answer = TypeArgument.declaredType(ListNames.class, Query.class);

    assertThat(answer).isInstanceOf(ParameterizedType.class);
    assertThat(((ParameterizedType) answer).getRawType()).isEqualTo(List.class);
    assertThat(((ParameterizedType) answer).getActualTypeArguments()).containsExactly(String.class);
    assertThat(TypeArgument.declaredType(CountNames.class, Query.class)).isEqualTo(Long.class);
  }

  @Test
  void shouldNameTheClassThatLacksTheTypeArgument() {
    assertThatThrownBy(() -> TypeArgument.declaredType(Untyped.class, Query.class))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(Untyped.class.getName())
        .hasMessageContaining("must implement Query with a type argument");
  }
}
