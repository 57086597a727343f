package dev.dealgraph.paths.engine;

/**
 * The per-query attitude multiplier of each node when it is an intermediate of a path. A
 * factor must be in [0, 1]; 0 excludes the node as an intermediate (an opponent, say).
 * Sources and the target are never multiplied. The search asks each node at most once per
 * query.
 */
@FunctionalInterface
public interface NodeFactors {

	float factor(int node);

	static NodeFactors constant(float factor) {
		return (node) -> factor;
	}

	/** Reads the factors from an array indexed by node; the array is not copied. */
	static NodeFactors of(float[] factors) {
		return (node) -> factors[node];
	}

}
