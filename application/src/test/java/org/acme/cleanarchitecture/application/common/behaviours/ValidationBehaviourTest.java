package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.mediator.PipelineMediator;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ValidationBehaviourTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

  record Rename(@NotBlank(message = "Name is required.") @Size(max = 5) String name, String code)
      implements Command<String> {}

  record Search(String text) implements Query<String> {}

  static final class NameNotTaken implements RequestValidator<Rename> {
    @Override
    public List<ValidationFailure> validate(Rename request) {
      return "taken".equals(request.name())
          ? List.of(new ValidationFailure("name", "Name is taken."))
          : List.of();
    }
  }

  static final class CodeKnown implements RequestValidator<Rename> {
    @Override
    public List<ValidationFailure> validate(Rename request) {
      return "x".equals(request.code())
          ? List.of(new ValidationFailure("code", "Code is unknown."))
          : List.of();
    }
  }

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  private final ValidationBehaviour behaviour =
      new ValidationBehaviour(
          VALIDATION.getValidator(), List.of(new NameNotTaken(), new CodeKnown()));

  @Test
  void shouldPassValidRequestOnToTheRestOfThePipeline() {
    String result = behaviour.handle(new Rename("Ada", "a"), () -> "handled");

    assertThat(result).isEqualTo("handled");
  }

  @Test
  void shouldReportAnnotationFailuresByField() {
    var failure = validationFailureOf(new Rename(" ", "a"));

    assertThat(failure.errors()).containsOnlyKeys("name");
    assertThat(failure.errors().get("name")).containsExactly("Name is required.");
  }

  @Test
  void shouldReportEveryFailureAtOnceFromAnnotationsAndValidators() {
    var failure = validationFailureOf(new Rename("taken-and-too-long", "x"));

    assertThat(failure.errors()).containsOnlyKeys("name", "code");
    assertThat(failure.errors().get("name"))
        .hasSize(1)
        .allSatisfy(message -> assertThat(message).contains("between 0 and 5"));
    assertThat(failure.errors().get("code")).containsExactly("Code is unknown.");
  }

  @Test
  void shouldRunValidatorOfTheRequestTypeOnly() {
    String result = behaviour.handle(new Search("taken"), () -> "found");

    assertThat(result).isEqualTo("found");
  }

  @Test
  void shouldNotCallTheHandlerWhenInvalid() {
    var calls = new int[1];

    catchThrowableOfType(
        ValidationException.class,
        () ->
            behaviour.handle(
                new Rename("taken", "a"),
                () -> {
                  calls[0]++;
                  return "handled";
                }));

    assertThat(calls[0]).isZero();
  }

  @Test
  void shouldValidateRequestsSentThroughTheMediator() {
    var handler =
        new CommandHandler<Rename, String>() {
          @Override
          public String handle(Rename request) {
            return "renamed";
          }
        };
    var mediator = new PipelineMediator(List.of(handler), List.of(behaviour));

    var failure =
        catchThrowableOfType(ValidationException.class, () -> mediator.send(new Rename("", "x")));

    assertThat(failure.errors()).containsOnlyKeys("name", "code");
  }

  private ValidationException validationFailureOf(Request<String> request) {
    return catchThrowableOfType(
        ValidationException.class, () -> behaviour.handle(request, () -> "handled"));
  }
}
