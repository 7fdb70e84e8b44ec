package kz.qujat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the database's absence, answered 503 with Retry-After, and which are errors of ours. */
class DatabaseUnavailableTests {

	@Test
	void aRollbackThatFailedBecauseTheServerStoppedUnderTheTransactionIsAnOutage() {
		// as PostgreSQL stopping under IssuedDocuments.complete showed it: the statement lost its connection, then the
		// rollback found the pool's connection closed
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(
				new DataAccessResourceFailureException("terminating connection due to administrator command"));

		assertThat(DatabaseUnavailable.of(rollback)).isPresent();
	}

	@Test
	void aCommitOnAConnectionTheServerDroppedIsAnOutage() {
		TransactionSystemException commit = new TransactionSystemException("Could not commit JDBC transaction",
				new SQLException("An I/O error occurred while sending to the backend.", "08006"));

		assertThat(DatabaseUnavailable.of(commit)).isPresent();
	}

	@Test
	void aCommitWhoseRollbackFoundTheConnectionClosedIsAnOutage() {
		// as PostgreSQL stopping at the commit of Numbering.take showed it: Spring logs "Commit exception overridden
		// by rollback exception" and throws the rollback's failure, on a connection the pool had closed
		TransactionSystemException rollback = new TransactionSystemException("Could not roll back JDBC transaction",
				new SQLException("Connection is closed"));

		assertThat(DatabaseUnavailable.of(rollback)).isPresent();
	}

	@Test
	void aCommitTheServerRefusedIsNoOutage() {
		TransactionSystemException commit = new TransactionSystemException("Could not commit JDBC transaction",
				new SQLException("could not serialize access", "40001"));

		assertThat(DatabaseUnavailable.of(commit)).isEmpty();
	}

	@Test
	void aBrokenConstraintIsNoOutageEvenWhenItsRollbackFailed() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new DataIntegrityViolationException("duplicate key value"));

		assertThat(DatabaseUnavailable.of(rollback)).isEmpty();
		assertThat(DatabaseUnavailable.of(new DataIntegrityViolationException("duplicate key value"))).isEmpty();
	}
}
