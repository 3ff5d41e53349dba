package org.acme.cleanarchitecture.api.testsupport;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The spans the service under test finished, kept in memory rather than exported (the tests turn
 * the OTLP exporter off). Each span is recorded as it ends, with no batching to wait for; only the
 * HTTP server span may end just after the client has read its answer.
 */
@Singleton
public class RecordedSpans {

  private static final Duration PATIENCE = Duration.ofSeconds(5);

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

  @Produces
  @Singleton
  SpanProcessor recordEverySpanAsItEnds() {
    return SimpleSpanProcessor.create(exporter);
  }

  public void clear() {
    exporter.reset();
  }

  /** The first finished span that matches, waiting a few seconds for it to end. */
  public SpanData await(String description, Predicate<SpanData> wanted) {
    var deadline = System.nanoTime() + PATIENCE.toNanos();
    do {
      var found = exporter.getFinishedSpanItems().stream().filter(wanted).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      pause();
    } while (System.nanoTime() < deadline);
    throw new AssertionError(
        "No span " + description + " among " + exporter.getFinishedSpanItems());
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for a span", interrupted);
    }
  }
}
