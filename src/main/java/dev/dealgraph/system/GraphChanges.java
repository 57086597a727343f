package dev.dealgraph.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A change sequence stored in Neo4j, with a log entry per change naming the individuals
 * and deals it touched. Every write that changes what path answers read (people and
 * colleagues, their ties, deal teams and stakeholder facts) moves the sequence in its own
 * transaction. Each application instance follows it and reloads only what the new entries
 * name, so a write through any instance reaches the answers of all instances.
 * <p>
 * The sequence node is locked by the write that moves it until that write commits, so
 * entries become visible in sequence order, without gaps. A write moves it once, just
 * before it commits. Only the newest {@link #RETAINED} entries are kept: a follower
 * further behind than that reloads everything.
 * <p>
 * Once a write through this instance commits, its request answers with the change's
 * position ({@link ChangeHeaders#CHANGE}), and a {@link Committed} event tells this
 * instance's followers, which may hold the writer until its change is visible here.
 */
@Component
public class GraphChanges {

	/** How many log entries are kept. */
	public static final long RETAINED = 10_000;

	private final Neo4jClient client;

	/** How many writes through this instance have committed a change. */
	private final AtomicLong localWrites = new AtomicLong();

	private final ApplicationEventPublisher events;

	GraphChanges(Neo4jClient client, ApplicationEventPublisher events) {
		this.client = client;
		this.events = events;
	}

	/**
	 * Where the sequence stands. The epoch is new whenever the sequence node is created,
	 * so a database emptied and refilled never looks unchanged.
	 *
	 * @param epoch the sequence node's identity, or "none"
	 * @param seq the number of changes recorded in this epoch
	 */
	public record Position(String epoch, long seq) {

		public static final Position NONE = new Position("none", 0);

		/**
		 * Whether a state at this position has seen {@code change}: the same epoch, and
		 * at least as far along.
		 */
		public boolean includes(Position change) {
			return this.epoch.equals(change.epoch) && this.seq >= change.seq;
		}

		@Override
		public String toString() {
			return this.epoch + ":" + this.seq;
		}

	}

	/**
	 * A write through this instance has committed a change: published on the writing
	 * thread, after the commit, before the write answers.
	 *
	 * @param position where the sequence stood with it
	 */
	public record Committed(Position position) {
	}

	/**
	 * The database was changed in a way the log may not tell (emptied, edited outside the
	 * API, entries removed): published on the thread that says so, which followers may
	 * hold until they have looked afresh.
	 */
	public record ChangedOutside() {
	}

	/**
	 * One recorded change.
	 *
	 * @param seq its place in the sequence
	 * @param individuals ids of the people and colleagues whose own properties or ties it
	 * changed (created, updated or deleted)
	 * @param deals ids of the deals whose team or stakeholder facts it changed
	 */
	public record Change(long seq, List<String> individuals, List<String> deals) {
	}

	/**
	 * Notes what a write changed; call inside the transaction that makes the change. The
	 * transaction logs everything it noted as one entry just before it commits, so the
	 * sequence node's lock is always the last one a write takes: two writes that lock the
	 * same deal or person cannot deadlock on it. Once the transaction commits,
	 * {@link #localWrites()} counts it and a {@link Committed} event says where it is.
	 */
	public void record(Collection<String> individuals, Collection<String> deals) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			committed(append(individuals, deals));
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.individuals.addAll(individuals);
		pending.deals.addAll(deals);
	}

	/**
	 * Removes every log entry that names these individuals (a person erased on request),
	 * this transaction's own entry included, once it is appended. Followers then see a
	 * gap in the log and load everything afresh, which drops the individuals too.
	 */
	public void forget(Collection<String> individuals) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			remove(individuals);
			changedOutside();
			return;
		}
		record(List.of(), List.of());
		((Pending) TransactionSynchronizationManager.getResource(this)).forgotten.addAll(individuals);
	}

	private void remove(Collection<String> individuals) {
		this.client.query("""
				MATCH (e:GraphChangeEntry) WHERE any(id IN e.individuals WHERE id IN $ids)
				DELETE e""").bind(List.copyOf(individuals)).to("ids").run();
	}

	private Position append(Collection<String> individuals, Collection<String> deals) {
		return this.client.query("""
				MERGE (c:GraphChange {id: 'ties'})
				ON CREATE SET c.seq = 0, c.epoch = randomUUID()
				SET c.seq = c.seq + 1
				CREATE (:GraphChangeEntry {seq: c.seq, individuals: $individuals, deals: $deals, at: datetime()})
				WITH c
				CALL (c) {
				  MATCH (old:GraphChangeEntry) WHERE old.seq <= c.seq - $retained
				  DELETE old
				}
				RETURN c.epoch AS epoch, c.seq AS seq""")
			.bindAll(Map.of("individuals", List.copyOf(individuals), "deals", List.copyOf(deals), "retained", RETAINED))
			.fetchAs(Position.class)
			.mappedBy((types, record) -> new Position(record.get("epoch").asString(), record.get("seq").asLong()))
			.one()
			.orElseThrow();
	}

	private void committed(Position position) {
		this.localWrites.incrementAndGet();
		ChangeHeaders.answered(position);
		this.events.publishEvent(new Committed(position));
	}

	/** What one transaction changed, logged just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Set<String> individuals = new TreeSet<>();

		private final Set<String> deals = new TreeSet<>();

		private final Set<String> forgotten = new TreeSet<>();

		private @Nullable Position position;

		@Override
		public void beforeCommit(boolean readOnly) {
			this.position = append(this.individuals, this.deals);
			if (!this.forgotten.isEmpty()) {
				remove(this.forgotten);
			}
		}

		/**
		 * Runs once the transaction is over, its locks and connection released, so a
		 * follower holding the writer here holds nothing else; what it throws is logged,
		 * never taken for a failed write.
		 */
		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(GraphChanges.this);
			if (status == STATUS_COMMITTED && this.position != null) {
				committed(this.position);
			}
		}

	}

	/** How many changes writes through this instance have committed. */
	public long localWrites() {
		return this.localWrites.get();
	}

	/**
	 * Tells this instance that the database was emptied or changed outside the API; its
	 * followers look afresh (and may hold the caller until they have).
	 */
	public void changedOutside() {
		this.localWrites.incrementAndGet();
		this.events.publishEvent(new ChangedOutside());
	}

	/**
	 * Where the sequence stands, with the entries after {@code from} when it is still in
	 * {@code epoch}, in one round trip. Fewer entries than the sequence moved by means
	 * some were pruned.
	 *
	 * @param position where the sequence stands
	 * @param entries the entries after {@code from} up to that position, in order; empty
	 * in another epoch
	 */
	public record Progress(Position position, List<Change> entries) {
	}

	/** Where the sequence stands and what was logged after {@code from} in its epoch. */
	public Progress since(Position from) {
		return this.client.query("""
				OPTIONAL MATCH (c:GraphChange {id: 'ties'})
				RETURN coalesce(c.epoch, 'none') AS epoch, coalesce(c.seq, 0) AS seq,
				       CASE WHEN c.epoch = $epoch AND c.seq > $seq
				            THEN COLLECT { MATCH (e:GraphChangeEntry) WHERE e.seq > $seq AND e.seq <= c.seq
				                           RETURN e {.seq, .individuals, .deals} ORDER BY e.seq }
				            ELSE [] END AS entries""")
			.bindAll(Map.of("epoch", from.epoch(), "seq", from.seq()))
			.fetchAs(Progress.class)
			.mappedBy((types, record) -> new Progress(
					new Position(record.get("epoch").asString(), record.get("seq").asLong()),
					record.get("entries")
						.asList((entry) -> new Change(entry.get("seq").asLong(),
								entry.get("individuals").asList((value) -> value.asString()),
								entry.get("deals").asList((value) -> value.asString())))))
			.one()
			.orElseThrow();
	}

}
