package org.acme.cleanarchitecture.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import org.acme.cleanarchitecture.domain.todolists.PriorityLevel;

/** Stores a {@link PriorityLevel} as its stable id, never as its position or name. */
public class PriorityLevelConverter implements AttributeConverter<PriorityLevel, Short> {

  @Override
  public Short convertToDatabaseColumn(PriorityLevel level) {
    return level == null ? null : (short) level.getId();
  }

  @Override
  public PriorityLevel convertToEntityAttribute(Short id) {
    return id == null ? null : PriorityLevel.fromId(id);
  }
}
