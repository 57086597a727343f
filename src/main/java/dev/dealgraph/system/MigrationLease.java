package dev.dealgraph.system;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lease on the one {@code :SchemaMigrationLock} node: whoever holds it is the only
 * instance applying migrations. Each claim, renewal and release is a short transaction
 * that first writes the node, which takes its write lock, and only then reads the owner
 * and expiry, so two instances never both see the lease free. The expiry is the
 * database's clock, not the instances'; a lease left by a crashed instance is taken over
 * once it expires.
 */
final class MigrationLease {

	static final String LOCK_ID = "schema-migrations";

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final String owner;

	private final Duration duration;

	MigrationLease(Neo4jClient client, PlatformTransactionManager transactionManager, String owner, Duration duration) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout(30);
		this.owner = owner;
		this.duration = duration;
	}

	String owner() {
		return this.owner;
	}

	/** Takes the lease when it is free or expired; otherwise names who holds it. */
	Optional<String> tryClaim() {
		Map<String, Object> row = locked("""
				MATCH (l:SchemaMigrationLock {id: $id})
				WITH l, l.owner AS holder, toString(l.expiresAt) AS until,
				     l.owner IS NULL OR l.owner = $owner OR l.expiresAt < datetime() AS free
				FOREACH (claim IN CASE WHEN free THEN [1] ELSE [] END |
				  SET l.owner = $owner, l.expiresAt = datetime() + duration({milliseconds: $millis}))
				RETURN free, holder, until""");
		if (Boolean.TRUE.equals(row.get("free"))) {
			return Optional.empty();
		}
		return Optional.of(row.get("holder") + " (lease until " + row.get("until") + ")");
	}

	/** Extends the lease; fails when it expired and another instance took it over. */
	void renew() {
		Map<String, Object> row = locked("""
				MATCH (l:SchemaMigrationLock {id: $id})
				WITH l, l.owner = $owner AS mine
				FOREACH (renew IN CASE WHEN mine THEN [1] ELSE [] END |
				  SET l.expiresAt = datetime() + duration({milliseconds: $millis}))
				RETURN mine""");
		if (!Boolean.TRUE.equals(row.get("mine"))) {
			throw new IllegalStateException("The schema migration lease of " + this.owner
					+ " expired and was taken over; stopping so two instances never migrate at once");
		}
	}

	void release() {
		locked("""
				MATCH (l:SchemaMigrationLock {id: $id})
				FOREACH (release IN CASE WHEN l.owner = $owner THEN [1] ELSE [] END |
				  REMOVE l.owner, l.expiresAt)
				RETURN true AS released""");
	}

	/**
	 * Runs the statement in a transaction that has taken the lock node's write lock
	 * before the statement reads anything.
	 */
	private Map<String, Object> locked(String statement) {
		Map<String, Object> parameters = Map.of("id", LOCK_ID, "owner", this.owner, "millis", this.duration.toMillis());
		return this.transactions.execute((status) -> {
			this.client.query("MERGE (l:SchemaMigrationLock {id: $id}) SET l.touchedAt = datetime()")
				.bindAll(parameters)
				.run();
			return this.client.query(statement).bindAll(parameters).fetch().one().orElseThrow();
		});
	}

}
