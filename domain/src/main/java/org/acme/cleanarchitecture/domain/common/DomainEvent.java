package org.acme.cleanarchitecture.domain.common;

/**
 * Something that happened in the domain, named in the past tense. Aggregates record events; the
 * infrastructure publishes them when the command that touched the aggregates is done.
 */
public interface DomainEvent {}
