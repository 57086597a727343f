package dev.dealgraph.system;

import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a failure of the database means to the caller: the deal is busy (its lock could
 * not be had in time), the transaction ran out of time, or Neo4j cannot be reached.
 * Spring wraps the driver's exceptions differently on each path (query, begin, commit),
 * so the whole cause chain is read.
 */
enum DatabaseTrouble {

	/** Another writer held a lock for longer than the lock timeout. */
	BUSY,

	/** The transaction ran longer than the transaction timeout. */
	TIMED_OUT,

	/** Neo4j cannot be reached, or the connection broke. */
	UNREACHABLE;

	private static final String LOCK_TIMEOUT = "Neo.TransientError.Transaction.LockAcquisitionTimeout";

	private static final String DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected";

	static @Nullable DatabaseTrouble of(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null) {
				String code = neo4j.code();
				if (code.equals(LOCK_TIMEOUT) || code.equals(DEADLOCK)) {
					return BUSY;
				}
				if (code.startsWith("Neo.") && code.contains("TransactionTimedOut")) {
					return TIMED_OUT;
				}
			}
			// no free connection within the acquisition timeout: the driver says
			// ClientException,
			// with the pool's TimeoutException under it; every connection is stuck or
			// gone
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof java.net.ConnectException || cause instanceof TimeoutException) {
				return UNREACHABLE;
			}
		}
		if (ex instanceof DataAccessResourceFailureException || ex instanceof TransientDataAccessResourceException
				|| ex instanceof CannotCreateTransactionException) {
			return UNREACHABLE;
		}
		return null;
	}

	/**
	 * Whether the failure already took its full time: a lock timeout or a transaction
	 * timeout. Retrying it would only make the caller wait that long again.
	 */
	static boolean waitedTooLong(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().equals(LOCK_TIMEOUT) || neo4j.code().contains("TransactionTimedOut"))) {
				return true;
			}
		}
		return false;
	}

	/** The failure's causes, outermost first, for the log. */
	static String describe(Throwable ex) {
		StringBuilder said = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			said.append((said.isEmpty()) ? "" : " <- ").append(cause.getClass().getSimpleName());
		}
		return said.append(": ").append(ex.getMessage()).toString();
	}

}
