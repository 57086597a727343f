package dev.dealgraph.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an embedded start-up failure into one readable message instead of a stack trace.
 */
class EmbeddedNeo4jFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Change dealgraph.embedded.bolt-port or dealgraph.embedded.data-dir, or set NEO4J_URI to use an external Neo4j.",
				cause);
	}

}
