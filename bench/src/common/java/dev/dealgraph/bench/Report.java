package dev.dealgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Latencies and cost checks of one method over the queries it ran. */
final class Report {

	final String method;

	final List<Long> nanos = new ArrayList<>();

	final Map<Integer, Long> nanosByQuery = new TreeMap<>();

	long visited;

	boolean visitedKnown;

	long buildNanos = -1;

	long heapBytes = -1;

	int compared;

	int mismatched;

	int timedOut;

	final List<String> notes = new ArrayList<>();

	Report(String method) {
		this.method = method;
	}

	void add(int query, long elapsed) {
		this.nanos.add(elapsed);
		this.nanosByQuery.put(query, elapsed);
	}

	void check(int query, double[] expected, double[] actual) {
		this.compared++;
		if (!Arrays.equals(expected, actual)) {
			this.mismatched++;
			if (this.notes.size() < 5) {
				this.notes.add("query " + query + ": expected " + Arrays.toString(expected) + " got "
						+ Arrays.toString(actual));
			}
		}
	}

	double percentileMillis(double p) {
		if (this.nanos.isEmpty()) {
			return Double.NaN;
		}
		long[] sorted = this.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	/** The median over just these queries, for ratios on a common subset. */
	double medianMillis(java.util.Collection<Integer> queries) {
		long[] sorted = queries.stream()
			.filter(this.nanosByQuery::containsKey)
			.mapToLong(this.nanosByQuery::get)
			.sorted()
			.toArray();
		return (sorted.length == 0) ? Double.NaN : sorted[(sorted.length + 1) / 2 - 1] / 1e6;
	}

	static String header() {
		return String.format("%-34s %7s %9s %8s %10s %10s %10s %12s %s", "method", "queries", "build_ms", "heap_MB",
				"p50_ms", "p90_ms", "p99_ms", "visited_avg", "costs");
	}

	String line() {
		String costs = (this.compared == 0) ? "reference" : (this.mismatched == 0) ? "identical (" + this.compared + ")"
				: this.mismatched + " of " + this.compared + " differ";
		if (this.timedOut > 0) {
			costs += ", " + this.timedOut + " timed out";
		}
		return String.format("%-34s %7d %9s %8s %10.3f %10.3f %10.3f %12s %s", this.method, this.nanos.size(),
				(this.buildNanos < 0) ? "-" : String.format("%,d", this.buildNanos / 1_000_000),
				(this.heapBytes < 0) ? "-" : Heap.mb(this.heapBytes), percentileMillis(0.5), percentileMillis(0.9),
				percentileMillis(0.99),
				this.visitedKnown ? String.format("%,d", this.visited / Math.max(1, this.nanos.size())) : "n/a", costs);
	}

}
