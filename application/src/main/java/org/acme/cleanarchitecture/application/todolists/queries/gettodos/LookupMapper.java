package org.acme.cleanarchitecture.application.todolists.queries.gettodos;

import java.util.List;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.PriorityLevel;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Turns the choices a client offers (priority levels, colours) into lookups. */
@Mapper
public interface LookupMapper {

  PriorityLevelDto toDto(PriorityLevel level);

  List<PriorityLevelDto> toPriorityLevelDtos(List<PriorityLevel> levels);

  @Mapping(target = "name", source = "displayName")
  ColourDto toDto(Colour colour);

  List<ColourDto> toColourDtos(List<Colour> colours);
}
