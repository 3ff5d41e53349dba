package org.acme.cleanarchitecture.application.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures what a logger and its children log during each test, for assertions on levels and
 * messages. Register it with {@code @RegisterExtension}.
 *
 * <p>Outside Quarkus, JBoss Logging writes to {@code java.util.logging}, with messages already
 * formatted. Its levels compare equal to the JDK's by severity: INFO is {@link Level#INFO}, WARN is
 * {@link Level#WARNING} and ERROR is {@link Level#SEVERE}.
 */
public final class CapturedLogs implements BeforeEachCallback, AfterEachCallback {

  private final Logger logger;
  private final List<LogRecord> records = new ArrayList<>();
  private Level levelBefore;
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
          records.add(logRecord);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private CapturedLogs(String loggerName) {
    // Held for the whole test: java.util.logging keeps only weak references to its loggers.
    this.logger = Logger.getLogger(loggerName);
  }

  /** Captures the logger of this name and every logger below it, such as a whole package. */
  public static CapturedLogs of(String loggerName) {
    return new CapturedLogs(loggerName);
  }

  /** Captures the logger a class declares for itself. */
  public static CapturedLogs of(Class<?> loggingClass) {
    return new CapturedLogs(loggingClass.getName());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    records.clear();
    logger.addHandler(handler);
    // Every level, debug included, so a test sees what a lower level would let through.
    levelBefore = logger.getLevel();
    logger.setLevel(Level.ALL);
    // Captured lines are for assertions; they need not also fill the build's console.
    logger.setUseParentHandlers(false);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    logger.removeHandler(handler);
    logger.setLevel(levelBefore);
    logger.setUseParentHandlers(true);
  }

  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  public List<String> messages() {
    return records.stream().map(LogRecord::getMessage).toList();
  }
}
