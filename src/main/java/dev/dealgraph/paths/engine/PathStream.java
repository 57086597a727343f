package dev.dealgraph.paths.engine;

import org.jspecify.annotations.Nullable;

/** Paths in ranking order, produced on demand. */
interface PathStream {

	/** The next path, or null once there are no more. */
	@Nullable Path next();

}
