package dev.dealgraph.paths;

import org.jspecify.annotations.Nullable;

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

	private volatile @Nullable ReadView last;

	ReadModel(PathProjection projection, PathSettings settings, PathFinder finder) {
		this.projection = projection;
		this.settings = settings;
		this.finder = finder;
	}

	/**
	 * The freshest state, as {@link PathProjection#snapshot()} gives it: a write through
	 * this instance is in it once committed. One view per state, so what a view works out
	 * once (people by account) is shared by every reader of that state.
	 */
	public ReadView view() {
		Snapshot snapshot = this.projection.snapshot();
		ReadView view = this.last;
		if (view == null || view.snapshot() != snapshot) {
			view = new ReadView(snapshot, this.settings, this.finder);
			this.last = view;
		}
		return view;
	}

	/** The scoring constants reach is computed with. */
	public PathSettings settings() {
		return this.settings;
	}

}
