package dev.dealgraph.paths.engine;

/**
 * Takes ties by the ids of their ends: what building a graph from scratch
 * ({@link PathGraphBuilder}) and patching one ({@link PathGraphPatch}) share, so a reader
 * of ties can feed either.
 */
public interface TieSink {

	TieSink knows(String a, String b, float strength);

	TieSink influences(String from, String to, float strength);

	TieSink reportsTo(String subordinate, String manager);

}
