/**
 * The path engine: k best loopless paths over a compact in-memory graph, in plain Java.
 * <p>
 * Build a {@link dev.dealgraph.paths.engine.PathGraph} once with
 * {@link dev.dealgraph.paths.engine.PathGraph#builder(float, float)} (KNOWS both ways,
 * INFLUENCES forward, REPORTS_TO as a stronger upward and a weaker downward arc; the
 * strongest tie wins per ordered pair). Nodes are numbered in id order: map ids with
 * {@code indexOf}/{@code id}. Then, per thread, keep a
 * {@link dev.dealgraph.paths.engine.PathSearch} and ask it
 * {@link dev.dealgraph.paths.engine.PathQuery}s: sources, one target, k, a hop limit, an
 * optional via node, nodes to avoid, and {@link dev.dealgraph.paths.engine.NodeFactors}
 * for this deal (0 excludes a node as an intermediate).
 * <p>
 * A path's score is the product of its hop strengths and its intermediates' factors; its
 * cost is {@code -ln(score)}, summed in fixed-point
 * {@link dev.dealgraph.paths.engine.Costs} units so every summation order agrees. Paths
 * come best first: by cost, then fewer hops, then the sequence of node ids. A path holds
 * exactly one source, its first node. The answer equals a brute-force enumeration of all
 * loopless paths, hop limit, via and avoid included. Yen's algorithm: the first search is
 * a bidirectional Dijkstra (forward from the sources, backward from the target over the
 * reverse arcs); every later spur runs forward from its spur node as an A* on the
 * distances that backward half found, and a hop-indexed A* replaces either whenever the
 * cheapest path breaks the hop limit. Costs bound all of it: nothing costlier than the
 * k-th best path known so far is explored. Results come with
 * {@link dev.dealgraph.paths.engine.SearchStats}.
 */
@NullMarked
package dev.dealgraph.paths.engine;

import org.jspecify.annotations.NullMarked;
