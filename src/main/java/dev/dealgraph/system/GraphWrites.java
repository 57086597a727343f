package dev.dealgraph.system;

import java.time.Duration;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.RetryableException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in one Neo4j transaction, retried for a few seconds on transient
 * failures (deadlocks, a leader switch, a dropped connection). Every write in dealgraph
 * MERGEs on client ids, so running it again after an ambiguous commit is harmless.
 * <p>
 * A transaction that already waited its whole lock timeout, or ran into the transaction
 * timeout, is not retried: it answers at once, so a write never waits much longer than
 * the retry budget plus one lock timeout.
 */
@Component
public class GraphWrites {

	private final TransactionTemplate transactions;

	private final TransactionTemplate bulkTransactions;

	private final RetryTemplate retries;

	GraphWrites(PlatformTransactionManager transactionManager, WriteRetryProperties properties) {
		this.transactions = new TransactionTemplate(transactionManager);
		// the driver sends it with each transaction, so an external Neo4j ends a stuck
		// one too
		this.transactions.setTimeout((int) Math.max(1, properties.transactionTimeout().toSeconds()));
		this.bulkTransactions = new TransactionTemplate(transactionManager);
		this.bulkTransactions.setTimeout((int) Math.max(1, properties.bulkTransactionTimeout().toSeconds()));
		this.retries = new RetryTemplate(RetryPolicy.builder()
			.predicate((ex) -> !DatabaseTrouble.waitedTooLong(ex) && (ex instanceof TransientDataAccessException
					|| ex instanceof RecoverableDataAccessException || ex instanceof DataAccessResourceFailureException
					|| ex instanceof RetryableException || deadlockAtCommit(ex)))
			.maxRetries(properties.maxRetries())
			.delay(properties.delay())
			.multiplier(2)
			.timeout(properties.budget())
			.build());
	}

	/**
	 * A deadlock Neo4j finds only at commit arrives as a TransactionSystemException, not
	 * as a transient one; the transaction was rolled back, so it is retried the same way.
	 */
	private static boolean deadlockAtCommit(Throwable ex) {
		return ex instanceof TransactionSystemException && ex.getCause() instanceof RetryableException;
	}

	public <T> T inTransaction(Supplier<T> work) {
		return inTransaction(this.transactions, work);
	}

	/**
	 * Runs a whole document's write (an import, the demo data), which may touch a hundred
	 * thousand items in one transaction, under the longer bulk timeout; retried like any
	 * other write.
	 */
	public <T> T inBulkTransaction(Supplier<T> work) {
		return inTransaction(this.bulkTransactions, work);
	}

	private <T> T inTransaction(TransactionTemplate template, Supplier<T> work) {
		try {
			return this.retries.execute(() -> template.execute((status) -> work.get()));
		}
		catch (RetryException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs a write that creates nodes under a uniqueness constraint; when the database
	 * refuses it because an id is taken, throws what {@code taken} makes instead.
	 */
	public <T> T creating(Supplier<T> work, Supplier<? extends RuntimeException> taken) {
		try {
			return inTransaction(work);
		}
		catch (RuntimeException ex) {
			if (UniqueIds.violated(ex)) {
				throw taken.get();
			}
			throw ex;
		}
	}

	public void inTransaction(Runnable work) {
		inTransaction(() -> {
			work.run();
			return Boolean.TRUE;
		});
	}

	/**
	 * Retry budget for writes.
	 *
	 * @param maxRetries attempts after the first
	 * @param delay first back-off, doubled each time
	 * @param budget total time after which the last failure is reported
	 * @param transactionTimeout how long one attempt may run before the database ends it
	 * (whole seconds)
	 * @param bulkTransactionTimeout the same for a whole imported document (whole
	 * seconds)
	 */
	@ConfigurationProperties("dealgraph.writes.retry")
	public record WriteRetryProperties(@DefaultValue("3") int maxRetries, @DefaultValue("200ms") Duration delay,
			@DefaultValue("3s") Duration budget, @DefaultValue("10s") Duration transactionTimeout,
			@DefaultValue("120s") Duration bulkTransactionTimeout) {
	}

}
