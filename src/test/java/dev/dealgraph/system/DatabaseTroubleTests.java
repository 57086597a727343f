package dev.dealgraph.system;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTroubleTests {

	@Test
	void aLockTimeoutWrappedBySpringIsABusyDealAndIsNotRetried() {
		var lock = new TransientException("Neo.TransientError.Transaction.LockAcquisitionTimeout", "waited");
		var wrapped = new TransientDataAccessResourceException("wrapped", lock);
		assertThat(DatabaseTrouble.of(wrapped)).isEqualTo(DatabaseTrouble.BUSY);
		assertThat(DatabaseTrouble.waitedTooLong(wrapped)).isTrue();
	}

	@Test
	void aDeadlockLeftAfterTheRetriesIsABusyDealButMayBeRetried() {
		var deadlock = new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "cycle");
		assertThat(DatabaseTrouble.of(new TransactionSystemException("commit", deadlock)))
			.isEqualTo(DatabaseTrouble.BUSY);
		assertThat(DatabaseTrouble.waitedTooLong(deadlock)).isFalse();
	}

	@Test
	void aTransactionTimeoutIsTimedOut() {
		var timeout = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "slow");
		assertThat(DatabaseTrouble.of(new InvalidDataAccessApiUsageException("x", timeout)))
			.isEqualTo(DatabaseTrouble.TIMED_OUT);
		assertThat(DatabaseTrouble.waitedTooLong(timeout)).isTrue();
	}

	@Test
	void aLostConnectionOnAnyPathIsUnreachable() {
		assertThat(DatabaseTrouble
			.of(new DataAccessResourceFailureException("x", new ServiceUnavailableException("gone"))))
			.isEqualTo(DatabaseTrouble.UNREACHABLE);
		assertThat(DatabaseTrouble.of(new TransactionSystemException("commit", new SessionExpiredException("gone"))))
			.isEqualTo(DatabaseTrouble.UNREACHABLE);
		assertThat(DatabaseTrouble.of(new CannotCreateTransactionException("begin")))
			.isEqualTo(DatabaseTrouble.UNREACHABLE);
		var poolTimeout = new ClientException("Unable to acquire connection from the pool",
				new java.util.concurrent.TimeoutException("2000ms"));
		assertThat(DatabaseTrouble.of(new InvalidDataAccessResourceUsageException("x", poolTimeout)))
			.isEqualTo(DatabaseTrouble.UNREACHABLE);
	}

	@Test
	void otherFailuresAreNoTroubleOfTheDatabase() {
		assertThat(DatabaseTrouble.of(new InvalidDataAccessApiUsageException("bad cypher"))).isNull();
		assertThat(DatabaseTrouble.of(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"))).isNull();
	}

}
