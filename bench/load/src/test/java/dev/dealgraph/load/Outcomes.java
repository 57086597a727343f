package dev.dealgraph.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import io.gatling.javaapi.core.Session;

/**
 * What each answer was, kept apart the way the targets need it: admitted reads and writes
 * (their latency), answers shed with 503 (how fast the refusal came) and everything else
 * (errors and timeouts). Gatling's own report mixes a 503's millisecond with the admitted
 * requests' latency in one percentile.
 */
final class Outcomes {

	private static final Series reads = new Series();

	private static final Series writes = new Series();

	private static final Series shed = new Series();

	private static final Series errors = new Series();

	private Outcomes() {
	}

	static Session record(Session session, boolean write) {
		long millis = session.contains("rt") ? session.getLong("rt") : 10_000;
		int status = session.contains("status") ? session.getInt("status") : 0;
		if (status >= 200 && status < 300) {
			(write ? writes : reads).add(millis);
		}
		else if (status == 503) {
			shed.add(millis);
		}
		else {
			errors.add(millis);
		}
		return session.remove("rt").remove("status");
	}

	/**
	 * The cells of a RESULTS.md row: offered | achieved | read p50 / p99 | write p50 / p99
	 * | shed (503) | shed p99 | errors.
	 */
	static String summary(double offered, int seconds) {
		long answered = reads.size() + writes.size() + shed.size() + errors.size();
		return String.format(Locale.ROOT, "%.0f | %.0f | %s | %s | %d | %s | %d", offered, (double) answered / seconds,
				reads.pair(), writes.pair(), shed.size(), shed.size() > 0 ? fmt(shed.percentile(99)) : "-",
				errors.size());
	}

	static void write(Path file, String line) throws IOException {
		Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
	}

	private static String fmt(long millis) {
		return Long.toString(millis);
	}

	private static final class Series {

		private long[] values = new long[1024];

		private int size;

		synchronized void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		synchronized int size() {
			return this.size;
		}

		synchronized long percentile(int p) {
			long[] sorted = Arrays.copyOf(this.values, this.size);
			Arrays.sort(sorted);
			int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, rank)];
		}

		String pair() {
			return (size() == 0) ? "-" : percentile(50) + " / " + percentile(99);
		}

	}

}
