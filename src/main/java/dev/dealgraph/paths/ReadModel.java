package dev.dealgraph.paths;

import dev.dealgraph.system.Callers;

import org.springframework.stereotype.Service;

/**
 * The path read model opened to other features: the same in-memory state path answers
 * read (people, colleagues, deals with their facts, the ties an assessment weighs) and
 * the path engine's reach, with no round trip to Neo4j. Readers never wait for a reload.
 */
@Service
public class ReadModel {

	private final PathProjection projection;

	private final PathSettings settings;

	private final PathFinder finder;

	ReadModel(PathProjection projection, PathSettings settings, PathFinder finder) {
		this.projection = projection;
		this.settings = settings;
		this.finder = finder;
	}

	/**
	 * The newest published state, as {@link PathProjection#snapshot()} gives it (a write
	 * through this instance is in it once its write has answered; a read naming a change
	 * waits, bounded, for it), as the current caller sees it. One view per state and
	 * caller scope, kept with the caller's {@link Sight}, so what a view works out once
	 * (people by account, what other features keep with it) is shared by every request of
	 * callers who see the same, and by nobody else.
	 */
	public ReadView view() {
		Snapshot snapshot = this.projection.snapshot();
		Sight sight = snapshot.sight(Callers.scope(), this.settings);
		return sight.view(() -> new ReadView(snapshot, sight, this.settings, this.finder));
	}

	/** The scoring constants reach is computed with. */
	public PathSettings settings() {
		return this.settings;
	}

}
