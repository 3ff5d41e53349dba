package org.acme.cleanarchitecture.api.testsupport;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;

/**
 * Every record the root logger receives while open, so also what Quarkus and the libraries log,
 * with all a log line can hold: category, level, diagnostic context, the message with its
 * parameters in place, and any exception with its stack trace. Each record is formatted as it is
 * logged, on the thread that logs it, so the line holds that thread's diagnostic context.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

  private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

  private CapturedLog() {}

  public static CapturedLog start() {
    return startFormattingWith(new PatternFormatter("%c %p %X %m%e%n"));
  }

  /** Captures each record as this formatter writes it, such as the production JSON one. */
  public static CapturedLog startFormattingWith(Formatter formatter) {
    var log = new CapturedLog();
    log.setFormatter(formatter);
    log.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(log);
    return log;
  }

  public String text() {
    return String.join("", lines);
  }

  /** The lines logged so far, one record each; a record's stack trace stays in its line. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void publish(LogRecord record) {
    lines.add(getFormatter().format(record));
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
