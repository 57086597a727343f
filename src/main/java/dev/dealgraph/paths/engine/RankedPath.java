package dev.dealgraph.paths.engine;

/**
 * One ranked path: {@code nodes} from a source to the target, and for each hop the kind
 * and strength of the arc taken ({@code arcKinds[i]} joins {@code nodes[i]} to
 * {@code nodes[i + 1]}). {@code cost} is the summed cost in nepers, {@code score} is
 * {@code exp(-cost)}: the product of hop strengths and intermediate factors.
 */
public record RankedPath(int[] nodes, byte[] arcKinds, float[] strengths, double cost, double score) {

	public int hops() {
		return this.nodes.length - 1;
	}

	public ArcKind kind(int hop) {
		return ArcKind.of(this.arcKinds[hop]);
	}

}
