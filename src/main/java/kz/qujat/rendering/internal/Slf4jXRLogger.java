package kz.qujat.rendering.internal;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to SLF4J under {@code com.openhtmltopdf.*}, so they follow the
 * application's logging configuration instead of printing to the console on their own.
 */
final class Slf4jXRLogger implements XRLogger {

	private Slf4jXRLogger() {
	}

	static void install() {
		XRLog.setLoggerImpl(new Slf4jXRLogger());
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable cause) {
		Logger logger = LoggerFactory.getLogger(where);
		int severity = level.intValue();
		if (severity >= Level.SEVERE.intValue()) {
			logger.error(message, cause);
		}
		else if (severity >= Level.WARNING.intValue()) {
			logger.warn(message, cause);
		}
		else if (severity >= Level.INFO.intValue()) {
			logger.info(message, cause);
		}
		else {
			logger.debug(message, cause);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels come from the application's logging configuration
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int severity = diagnostic.getLevel().intValue();
		return severity >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
				: severity >= Level.WARNING.intValue() ? logger.isWarnEnabled()
				: severity >= Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
	}
}
