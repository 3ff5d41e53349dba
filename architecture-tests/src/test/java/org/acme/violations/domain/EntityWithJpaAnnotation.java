package org.acme.violations.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class EntityWithJpaAnnotation {

  @Id private Long id;
}
