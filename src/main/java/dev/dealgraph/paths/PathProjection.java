package dev.dealgraph.paths;

import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.GraphChanges.Position;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Everything a path answer reads, held in memory: every person and colleague with the
 * traversable ties between them as a compact graph for the engine, their names, and each
 * deal's team and stakeholder facts (applied as node factors per query, never baked into
 * the graph). A path request therefore makes no round trip to Neo4j.
 * <p>
 * Freshness: every write that changes any of this moves the change sequence in Neo4j and
 * logs what it touched ({@link GraphChanges}). Each instance follows the sequence every
 * {@code dealgraph.paths.refresh-interval} and reloads only the individuals and deals the
 * new entries name, patching its graph
 * ({@link dev.dealgraph.paths.engine.PathGraphPatch}) instead of rebuilding it. A write
 * through this instance is seen by its next answer: a reader catches up first whenever a
 * local write has committed since the snapshot was taken. A new epoch, a gap in the log
 * or a very large change falls back to loading everything.
 */
@Component
class PathProjection {

	private static final Log logger = LogFactory.getLog(PathProjection.class);

	private final SnapshotLoader loader;

	private final GraphChanges changes;

	private final Object catchingUp = new Object();

	private volatile @Nullable Snapshot current;

	PathProjection(SnapshotLoader loader, GraphChanges changes) {
		this.loader = loader;
		this.changes = changes;
	}

	/**
	 * The freshest state this instance knows of: caught up first if a write through this
	 * instance has committed since the current one was made, else as the follower left
	 * it.
	 */
	Snapshot snapshot() {
		Snapshot snapshot = this.current;
		if (snapshot != null && snapshot.localWrites() == this.changes.localWrites()) {
			return snapshot;
		}
		return catchUp();
	}

	/** The change sequence the current state reflects. */
	Position position() {
		Snapshot snapshot = this.current;
		return (snapshot != null) ? snapshot.position() : Position.NONE;
	}

	@Scheduled(fixedDelayString = "${dealgraph.paths.refresh-interval:250ms}")
	void follow() {
		try {
			catchUp();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not refresh the path read model: " + ex.getMessage());
		}
	}

	/** Brings the state up to where the sequence stands now. */
	Snapshot catchUp() {
		synchronized (this.catchingUp) {
			long localWrites = this.changes.localWrites();
			Snapshot snapshot = this.current;
			GraphChanges.Progress progress = this.changes
				.since((snapshot != null) ? snapshot.position() : Position.NONE);
			Position target = progress.position();
			if (snapshot != null && snapshot.position().equals(target)) {
				if (snapshot.localWrites() != localWrites) {
					snapshot = snapshot.seen(localWrites);
					this.current = snapshot;
				}
				return snapshot;
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
				logger.debug("Path read model " + (next.patched() ? "patched" : "loaded") + " at change " + target
						+ ": " + next.graph().nodeCount() + " individuals, " + next.graph().arcCount() + " arcs, "
						+ next.deals().size() + " deals in " + next.buildMillis() + " ms");
			}
			return next;
		}
	}

}
