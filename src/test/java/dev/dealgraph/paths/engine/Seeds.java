package dev.dealgraph.paths.engine;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Case seeds for the randomized properties. Each property draws its seeds from its own
 * stream of one fixed base seed, so every run checks the same cases; a case's display
 * name starts with its seed, and
 * {@code ./mvnw test -Dtest='PathSearchProperties#kBestEqualBruteForce' -Ddealgraph.seed=0x1f3a}
 * runs only the case with that seed. A case's main size grows with its index (see
 * {@link #ramp}); everything else it draws comes from its seed.
 */
final class Seeds {

	/** Fixed so that runs repeat; change it locally to explore other cases. */
	static final long BASE = 0x5eed_dea1_6a9f_2026L;

	private static final String REPLAY = System.getProperty("dealgraph.seed", "").strip();

	/** Makes a property's case number {@code index} from its {@code seed}. */
	@FunctionalInterface
	interface CaseMaker<T> {

		T make(int index, long seed);

	}

	private Seeds() {
	}

	/** {@code count} cases of {@code property}, or only the replayed seed's ones. */
	static <T> Stream<T> cases(String property, int count, CaseMaker<T> maker) {
		SplittableRandom random = new SplittableRandom(BASE + property.hashCode());
		long[] seeds = random.longs(count).toArray();
		return IntStream.range(0, count)
			.filter((i) -> REPLAY.isEmpty() || seeds[i] == parse(REPLAY))
			.mapToObj((i) -> maker.make(i, seeds[i]));
	}

	static boolean replaying() {
		return !REPLAY.isEmpty();
	}

	/**
	 * A size from {@code min} to {@code max} growing with the case index, both ends
	 * reached: small cases run first, so the first failure reported is a small one.
	 */
	static int ramp(int index, int count, int min, int max) {
		return min + (int) Math.round((double) index * (max - min) / Math.max(1, count - 1));
	}

	static String hex(long seed) {
		return "0x" + Long.toHexString(seed);
	}

	private static long parse(String seed) {
		return seed.startsWith("0x") ? Long.parseUnsignedLong(seed.substring(2), 16) : Long.parseLong(seed);
	}

}
