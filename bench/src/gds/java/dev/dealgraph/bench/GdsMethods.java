package dev.dealgraph.bench;

import java.util.List;
import java.util.Optional;

import org.neo4j.gds.Aggregation;
import org.neo4j.gds.Orientation;
import org.neo4j.gds.RelationshipType;
import org.neo4j.gds.api.Graph;
import org.neo4j.gds.core.concurrency.Concurrency;
import org.neo4j.gds.core.loading.construction.GraphFactory;
import org.neo4j.gds.core.loading.construction.NodesBuilder;
import org.neo4j.gds.core.loading.construction.RelationshipsBuilder;
import org.neo4j.gds.core.utils.progress.tasks.ProgressTracker;
import org.neo4j.gds.paths.PathResult;
import org.neo4j.gds.paths.dijkstra.Dijkstra;
import org.neo4j.gds.paths.dijkstra.SingleTarget;
import org.neo4j.gds.paths.yens.Yens;
import org.neo4j.gds.paths.yens.YensParameters;
import org.neo4j.gds.termination.TerminationFlag;

/**
 * Neo4j Graph Data Science 2.26 called in the JVM through its algorithm classes (no
 * database, no procedures): an in-memory GDS graph built from the folded digraph, then
 * {@code Dijkstra} and {@code Yens} per query, as {@code gds.shortestPath.dijkstra/yens}
 * run them.
 */
final class GdsMethods {

	final Report load = new Report("GDS graph load");

	private final Graph graph;

	private final Workload workload;

	private final int concurrency;

	GdsMethods(Workload workload, int concurrency) {
		this.workload = workload;
		this.concurrency = concurrency;
		long heapBefore = Heap.used();
		long started = System.nanoTime();
		int n = workload.graph.nodeCount();
		NodesBuilder nodes = GraphFactory.initNodesBuilder()
			.maxOriginalId(n - 1)
			.nodeCount(n)
			.concurrency(new Concurrency(concurrency))
			.build();
		for (int v = 0; v < n; v++) {
			nodes.addNode(v);
		}
		var idMap = nodes.build().idMap();
		RelationshipsBuilder relationships = GraphFactory.initRelationshipsBuilder()
			.nodes(idMap)
			.relationshipType(RelationshipType.of("ARC"))
			.orientation(Orientation.NATURAL)
			.addPropertyConfig(GraphFactory.PropertyConfig.of("cost", Aggregation.SINGLE,
					org.neo4j.gds.api.DefaultValue.forDouble()))
			.concurrency(new Concurrency(concurrency))
			.build();
		for (int v = 0; v < n; v++) {
			for (int arc = workload.graph.firstArc(v); arc < workload.graph.endArc(v); arc++) {
				double weight = workload.foldedWeight(v, arc);
				if (!Double.isNaN(weight)) {
					relationships.add(v, workload.graph.target(arc), weight);
				}
			}
		}
		this.graph = GraphFactory.create(idMap, relationships.build());
		this.load.buildNanos = System.nanoTime() - started;
		this.load.heapBytes = Heap.used() - heapBefore;
	}

	double[] dijkstra(Workload.Query query) {
		Dijkstra dijkstra = new Dijkstra(this.graph, this.graph.toMappedNodeId(query.source()),
				new SingleTarget(this.graph.toMappedNodeId(query.target())), false, Optional.empty(),
				ProgressTracker.NULL_TRACKER, TerminationFlag.RUNNING_TRUE);
		return costs(query, dijkstra.compute().pathSet().stream().toList());
	}

	double[] yens(Workload.Query query, int k) {
		Yens yens = Yens.sourceTarget(this.graph,
				new YensParameters(query.source(), query.target(), k, new Concurrency(this.concurrency)),
				ProgressTracker.NULL_TRACKER, TerminationFlag.RUNNING_TRUE);
		return costs(query, yens.compute().pathSet().stream().toList());
	}

	private double[] costs(Workload.Query query, List<PathResult> paths) {
		double correction = this.workload.targetCorrection(query.target());
		return paths.stream().mapToDouble((path) -> path.totalCost() - correction).sorted().toArray();
	}

}
