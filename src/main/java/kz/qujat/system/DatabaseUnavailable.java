package kz.qujat.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

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
	 * transaction that could not begin, a query that timed out, a rollback or commit on a connection that was lost
	 * (the server stopped under a transaction); empty for anything else, e.g. a broken constraint.
	 */
	public static Optional<DatabaseUnavailable> of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabaseUnavailable known) {
				return Optional.of(known);
			}
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException || lostConnection(cause) || endedOnClosedConnection(cause)) {
				return Optional.of(new DatabaseUnavailable(cause));
			}
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
				// the rollback failed after the statement did: what the statement met is what happened
				Optional<DatabaseUnavailable> first = of(rollback.getApplicationException());
				if (first.isPresent()) {
					return first;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A commit, or the rollback after a failed commit, on a connection the pool had closed: Hikari says "Connection
	 * is closed" without an SQLSTATE. Spring logs the commit's own failure and throws the rollback's, so nothing
	 * else is left to tell why; a server that answered would have given a state.
	 */
	private static boolean endedOnClosedConnection(Throwable cause) {
		return cause instanceof TransactionSystemException ending && ending.getApplicationException() == null
				&& ending.getCause() instanceof SQLException sql && sql.getSQLState() == null;
	}

	/** SQLSTATE class 08, connection exception: e.g. PostgreSQL's driver when the server went away mid-transaction. */
	private static boolean lostConnection(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
	}
}
