package org.acme.cleanarchitecture.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanArchitectureRulesTest {

  private static final CleanArchitectureRules RULES =
      CleanArchitectureRules.forBasePackage("com.example.orders");

  @Test
  void shouldReturnEveryPublicRuleFromAll() throws ReflectiveOperationException {
    List<String> publicRules = new ArrayList<>();
    for (Method method : CleanArchitectureRules.class.getMethods()) {
      if (method.getReturnType() == ArchRule.class) {
        publicRules.add(((ArchRule) method.invoke(RULES)).getDescription());
      }
    }

    assertThat(RULES.all())
        .extracting(ArchRule::getDescription)
        .containsExactlyInAnyOrderElementsOf(publicRules);
  }
}
