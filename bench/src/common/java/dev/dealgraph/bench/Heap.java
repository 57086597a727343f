package dev.dealgraph.bench;

/** Rough live-heap figures, taken after asking for a collection. */
final class Heap {

	private Heap() {
	}

	static long used() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	static String mb(long bytes) {
		return String.format("%,d", Math.max(0, bytes) / (1024 * 1024));
	}

}
