package org.acme.cleanarchitecture.application.common.validation;

import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.mediator.Request;

/**
 * Rules for one request type that Bean Validation annotations cannot express, typically because
 * they need I/O (a title must be unique). Runs after the annotations are checked, and must cope
 * with values the annotations have already rejected (a null title, say).
 */
public interface RequestValidator<T extends Request<?>> {

  List<ValidationFailure> validate(T request);
}
