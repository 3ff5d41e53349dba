package org.acme.cleanarchitecture.api.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.acme.cleanarchitecture.application.testsupport.FakeClock;

/** Replaces the service's clock in tests, so the times it stamps are known in advance. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends FakeClock {}
