package org.acme.cleanarchitecture.infrastructure.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What one class logs while the capture is open, so a test can count its warnings. */
public final class CapturedLog extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private CapturedLog(Logger logger) {
    this.logger = logger;
  }

  public static CapturedLog of(Class<?> source) {
    var log = new CapturedLog(Logger.getLogger(source.getName()));
    log.logger.addHandler(log);
    return log;
  }

  public List<LogRecord> warnings() {
    return records.stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .toList();
  }

  @Override
  public void publish(LogRecord entry) {
    records.add(entry);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
