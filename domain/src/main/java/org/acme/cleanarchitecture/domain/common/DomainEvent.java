package org.acme.cleanarchitecture.domain.common;

/**
 * Something that happened in the domain, named in the past tense. Aggregates record events; the
 * infrastructure publishes them when the command that touched the aggregates is done.
 *
 * <p>An event is a fact: it carries ids and values as they were when it happened, never an entity.
 * A handler that runs after the commit then reads no entity outside the transaction that loaded it,
 * and an event could be stored and published later.
 */
public interface DomainEvent {}
