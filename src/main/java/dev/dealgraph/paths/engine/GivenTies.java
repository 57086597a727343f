package dev.dealgraph.paths.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The ties a {@link PathGraphPatch} is given, by the ids of their ends, in primitive
 * arrays; each end id is stored once.
 */
final class GivenTies {

	static final byte KNOWS = 0;

	static final byte INFLUENCES = 1;

	static final byte REPORTS_TO = 2;

	private final Map<String, Integer> handles = new HashMap<>();

	private String[] ends = new String[16];

	int[] from = new int[8];

	int[] to = new int[8];

	float[] strength = new float[8];

	byte[] type = new byte[8];

	int count;

	void add(String a, String b, float s, byte kind) {
		if (this.count == this.from.length) {
			int grown = this.count * 2;
			this.from = Arrays.copyOf(this.from, grown);
			this.to = Arrays.copyOf(this.to, grown);
			this.strength = Arrays.copyOf(this.strength, grown);
			this.type = Arrays.copyOf(this.type, grown);
		}
		this.from[this.count] = handle(a);
		this.to[this.count] = handle(b);
		this.strength[this.count] = s;
		this.type[this.count] = kind;
		this.count++;
	}

	private int handle(String id) {
		Integer known = this.handles.get(id);
		if (known != null) {
			return known;
		}
		int next = this.handles.size();
		if (next == this.ends.length) {
			this.ends = Arrays.copyOf(this.ends, next * 2);
		}
		this.ends[next] = id;
		this.handles.put(id, next);
		return next;
	}

	/** The new node number of each end handle, or -1 for an end the new graph lacks. */
	int[] endNodes(Renumbering numbers) {
		return endNodes(numbers::newNumber);
	}

	/** The node number of each end handle as {@code number} gives it, or -1. */
	int[] endNodes(ToIntFunction<String> number) {
		int[] nodes = new int[this.handles.size()];
		for (int h = 0; h < nodes.length; h++) {
			nodes[h] = number.applyAsInt(this.ends[h]);
		}
		return nodes;
	}

}
