package org.acme.cleanarchitecture.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.acme.cleanarchitecture.application.todolists.commands.createtodolist.CreateTodoListCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What Hibernate Validator costs for a typical command: its title and colour constraints, checked
 * as the validation behaviour checks them, for a valid command and for one with both fields wrong.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationBenchmark {

  private final CreateTodoListCommand valid = new CreateTodoListCommand("Shopping", "#FF5733");
  private final CreateTodoListCommand invalid = new CreateTodoListCommand(" ", "#123456");
  private ValidatorFactory factory;
  private Validator validator;

  @Setup
  public void buildValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @TearDown
  public void closeValidator() {
    factory.close();
  }

  @Benchmark
  public Set<ConstraintViolation<CreateTodoListCommand>> validCommand() {
    return validator.validate(valid);
  }

  @Benchmark
  public Set<ConstraintViolation<CreateTodoListCommand>> invalidCommand() {
    return validator.validate(invalid);
  }
}
