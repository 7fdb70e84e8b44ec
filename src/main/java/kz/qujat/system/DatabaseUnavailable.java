package kz.qujat.system;

import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database could not be reached, or did not answer in time: nothing was done, and the same request may be sent
 * again shortly. What a request that needs the database answers during an outage, instead of an error of ours.
 */
public class DatabaseUnavailable extends Failure implements RetryLater {

	/** How soon to try again: about as long as a database restart takes. */
	static final long RETRY_AFTER_SECONDS = 5;

	DatabaseUnavailable(Throwable cause) {
		super(Kind.UNAVAILABLE, "database-unavailable", null, "the database is unreachable: " + cause.getMessage(), cause);
	}

	@Override
	public long retryAfterSeconds() {
		return RETRY_AFTER_SECONDS;
	}

	/**
	 * What {@code failure} means when the database is what failed: no connection (refused, timed out, dropped), a
	 * transaction that could not begin, a query that timed out; empty for anything else, e.g. a broken constraint.
	 */
	public static Optional<DatabaseUnavailable> of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabaseUnavailable known) {
				return Optional.of(known);
			}
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return Optional.of(new DatabaseUnavailable(cause));
			}
		}
		return Optional.empty();
	}
}
