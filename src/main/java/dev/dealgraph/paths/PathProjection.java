package dev.dealgraph.paths;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.dealgraph.system.ChangeHeaders;
import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.GraphChanges.Position;
import dev.dealgraph.system.NotCaughtUpException;
import dev.dealgraph.system.Sentences;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Everything a path answer reads, held in memory: every person and colleague with the
 * traversable ties between them as a compact graph for the engine, their names, and each
 * deal's team and stakeholder facts (applied as node factors per query, never baked into
 * the graph). A path request therefore makes no round trip to Neo4j.
 * <p>
 * Freshness: every write that changes any of this moves the change sequence in Neo4j and
 * logs what it touched ({@link GraphChanges}). One refresher thread per instance follows
 * the sequence every {@code dealgraph.paths.refresh-interval} (and at once when asked),
 * reloads only the individuals and deals the new entries name, patches its graph
 * ({@link dev.dealgraph.paths.engine.PathGraphPatch}) instead of rebuilding it, and
 * publishes the new state. A new epoch, a gap in the log or a very large change falls
 * back to loading everything.
 * <p>
 * Readers take the newest published state and never wait for a reload: only a read that
 * names a change it must see ({@link ChangeHeaders#MIN_CHANGE}), or that arrives before
 * the first load, waits, bounded, and is answered 503 past the bound. A write through
 * this instance holds its own answer (bounded) until its change is published here, so its
 * writer's next answer shows it while everybody else keeps reading the state before.
 */
@Component
class PathProjection implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(PathProjection.class);

	/** Retry-After of a read that came before the first load. */
	private static final long LOADING_RETRY_SECONDS = 5;

	/** Retry-After of a read whose change has not arrived yet. */
	private static final long BEHIND_RETRY_SECONDS = 1;

	private final SnapshotLoader loader;

	private final GraphChanges changes;

	private final long intervalNanos;

	private final FreshnessSettings freshness;

	/** Guards the counters below; never held while loading. */
	private final ReentrantLock rounds = new ReentrantLock();

	/** A round ended, or the refresher stopped: for everyone waiting on a state. */
	private final Condition ended = this.rounds.newCondition();

	/** A round is wanted now, a hold ended, or the refresher should stop. */
	private final Condition wanted = this.rounds.newCondition();

	private long begun;

	private long caughtUp;

	private boolean inRound;

	private boolean requested;

	private int holds;

	private int waiting;

	private boolean running;

	private @Nullable Thread refresher;

	private volatile @Nullable Snapshot current;

	PathProjection(SnapshotLoader loader, GraphChanges changes, PathSettings settings, FreshnessSettings freshness) {
		this.loader = loader;
		this.changes = changes;
		this.intervalNanos = settings.refreshInterval().toNanos();
		this.freshness = freshness;
	}

	/**
	 * The newest published state, or one that includes the change the request names;
	 * waits only before the first load or for that change, and no longer than configured.
	 * @throws NotCaughtUpException past the bound
	 */
	Snapshot snapshot() {
		Position asked = ChangeHeaders.requested();
		Snapshot snapshot = this.current;
		if (snapshot != null && (asked == null || snapshot.position().includes(asked))) {
			return snapshot;
		}
		long now = System.nanoTime();
		if (snapshot == null && !await(null, false, now + this.freshness.firstLoadTimeout().toNanos())) {
			throw new NotCaughtUpException(Sentences.of("problem.not-caught-up.loading", LOADING_RETRY_SECONDS),
					LOADING_RETRY_SECONDS);
		}
		if (asked != null && !await(asked, false, now + this.freshness.writeVisibilityTimeout().toNanos())) {
			throw new NotCaughtUpException(
					Sentences.of("problem.not-caught-up.change", asked.toString(), BEHIND_RETRY_SECONDS),
					BEHIND_RETRY_SECONDS);
		}
		Snapshot awaited = this.current;
		if (awaited == null) {
			throw new IllegalStateException("a state is published once waited for");
		}
		return awaited;
	}

	/** The change sequence the published state reflects. */
	Position position() {
		Snapshot snapshot = this.current;
		return (snapshot != null) ? snapshot.position() : Position.NONE;
	}

	/** Whether a first state is published. */
	boolean loaded() {
		return this.current != null;
	}

	/**
	 * A write through this instance has committed: the writer waits, bounded, until its
	 * change is published here, so its next answer shows it. Nobody else waits with it.
	 */
	@EventListener
	void committed(GraphChanges.Committed change) {
		if (awaitable() && !await(change.position(), false,
				System.nanoTime() + this.freshness.writeVisibilityTimeout().toNanos())) {
			logger.debug("Change " + change.position() + " not in the path read model yet; answering the write anyway");
		}
	}

	/**
	 * The database changed outside the log: the caller waits, bounded, for a fresh look.
	 */
	@EventListener
	void changedOutside(GraphChanges.ChangedOutside change) {
		if (awaitable()) {
			await(null, true, System.nanoTime() + this.freshness.writeVisibilityTimeout().toNanos());
		}
	}

	private boolean awaitable() {
		this.rounds.lock();
		try {
			return this.running && Thread.currentThread() != this.refresher;
		}
		finally {
			this.rounds.unlock();
		}
	}

	/**
	 * Asks for a round now and waits until the published state includes {@code change}
	 * (any state when null), or, {@code afresh}, until a round begun after this call has
	 * caught up. A change of an epoch the database has left is taken as seen once a round
	 * begun after this call finds the new epoch: nothing of it is left to wait for.
	 */
	private boolean await(@Nullable Position change, boolean afresh, long deadline) {
		this.rounds.lock();
		try {
			long after = this.begun + 1;
			this.requested = true;
			this.wanted.signalAll();
			this.waiting++;
			try {
				while (true) {
					Snapshot snapshot = this.current;
					boolean looked = this.caughtUp >= after;
					if (snapshot != null && (afresh ? looked : change == null || snapshot.position().includes(change)
							|| (looked && !snapshot.position().epoch().equals(change.epoch())))) {
						return true;
					}
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						return false;
					}
					this.ended.awaitNanos(left);
				}
			}
			finally {
				this.waiting--;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.rounds.unlock();
		}
	}

	/**
	 * Keeps the refresher from beginning another round until closed; returns once no
	 * round is under way, so nothing is published meanwhile. For tests that show what
	 * readers and writers do while the read model is behind.
	 */
	AutoCloseable hold() {
		this.rounds.lock();
		try {
			this.holds++;
			while (this.inRound) {
				this.ended.awaitUninterruptibly();
			}
		}
		finally {
			this.rounds.unlock();
		}
		return () -> {
			this.rounds.lock();
			try {
				this.holds--;
				this.wanted.signalAll();
			}
			finally {
				this.rounds.unlock();
			}
		};
	}

	/** How many requests are waiting for a state right now. */
	int waiting() {
		this.rounds.lock();
		try {
			return this.waiting;
		}
		finally {
			this.rounds.unlock();
		}
	}

	/** Starts the refresher, whose first round loads everything in the background. */
	@Override
	public void start() {
		this.rounds.lock();
		try {
			if (this.running) {
				return;
			}
			this.running = true;
			Thread thread = new Thread(this::follow, "path-read-model");
			thread.setDaemon(true);
			this.refresher = thread;
			thread.start();
		}
		finally {
			this.rounds.unlock();
		}
	}

	@Override
	public void stop() {
		Thread thread;
		this.rounds.lock();
		try {
			this.running = false;
			thread = this.refresher;
			this.wanted.signalAll();
			this.ended.signalAll();
		}
		finally {
			this.rounds.unlock();
		}
		if (thread != null) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		this.rounds.lock();
		try {
			return this.running;
		}
		finally {
			this.rounds.unlock();
		}
	}

	/**
	 * The refresher: a round now, then one every interval or as soon as one is asked for.
	 */
	private void follow() {
		try {
			while (true) {
				long round;
				this.rounds.lock();
				try {
					while (this.running && this.holds > 0) {
						this.wanted.await();
					}
					if (!this.running) {
						return;
					}
					round = ++this.begun;
					this.inRound = true;
					this.requested = false;
				}
				finally {
					this.rounds.unlock();
				}
				boolean done = false;
				try {
					catchUp();
					done = true;
				}
				catch (RuntimeException ex) {
					logger.warn("Could not refresh the path read model: " + ex.getMessage());
				}
				this.rounds.lock();
				try {
					this.inRound = false;
					if (done) {
						this.caughtUp = round;
					}
					this.ended.signalAll();
					long left = this.intervalNanos;
					while (this.running && !this.requested && left > 0) {
						left = this.wanted.awaitNanos(left);
					}
				}
				finally {
					this.rounds.unlock();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Brings the published state up to where the sequence stands now; refresher only. */
	private void catchUp() {
		long localWrites = this.changes.localWrites();
		Snapshot snapshot = this.current;
		GraphChanges.Progress progress = this.changes.since((snapshot != null) ? snapshot.position() : Position.NONE);
		Position target = progress.position();
		if (snapshot != null && snapshot.position().equals(target)) {
			return;
		}
		long started = System.nanoTime();
		Snapshot next = null;
		if (snapshot != null && snapshot.position().epoch().equals(target.epoch())
				&& target.seq() > snapshot.position().seq()) {
			next = this.loader.patched(snapshot, progress, localWrites, started);
		}
		if (next == null) {
			next = this.loader.loaded(target, localWrites, started);
		}
		this.current = next;
		if (logger.isDebugEnabled()) {
			logger.debug("Path read model " + (next.patched() ? "patched" : "loaded") + " at change " + target + ": "
					+ next.graph().nodeCount() + " individuals, " + next.graph().arcCount() + " arcs, "
					+ next.deals().size() + " deals in " + next.buildMillis() + " ms");
		}
	}

}
