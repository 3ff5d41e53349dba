package org.acme.cleanarchitecture.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import org.acme.cleanarchitecture.domain.todolists.Colour;

/** Stores a {@link Colour} as its hex code. */
public class ColourConverter implements AttributeConverter<Colour, String> {

  @Override
  public String convertToDatabaseColumn(Colour colour) {
    return colour == null ? null : colour.getCode();
  }

  @Override
  public Colour convertToEntityAttribute(String code) {
    return code == null ? null : Colour.fromCode(code);
  }
}
