import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * HTTP benchmark of GET /api/v1/deals/{id}/paths on a generated 500-person deal, against a
 * baseline measured in the same run: GET /api/v1/deals/{id}, a one-node read through the
 * same stack (Tomcat, Spring MVC, JSON, the driver, Bolt, embedded Neo4j).
 * Run by bench/http-paths.sh; arguments: base URL, people, measured requests.
 */
public class HttpPathsBench {

	static final String[] ATTITUDES = { "SPONSOR", "SUPPORTER", "NEUTRAL", "NEUTRAL", "UNKNOWN", "UNKNOWN",
			"NON_SUPPORTER", "OPPONENT" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int people = Integer.parseInt(args[1]);
		int requests = Integer.parseInt(args[2]);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Random random = new Random(42);

		StringBuilder doc = new StringBuilder("{\"accounts\":[{\"id\":\"big\",\"name\":\"Big Account\"}],");
		doc.append("\"colleagues\":[");
		for (int c = 0; c < 5; c++) {
			doc.append(c == 0 ? "" : ",").append("{\"id\":\"c").append(c).append("\",\"name\":\"Colleague ").append(c).append("\"}");
		}
		doc.append("],\"people\":[");
		for (int p = 0; p < people; p++) {
			doc.append(p == 0 ? "" : ",").append("{\"id\":\"p").append(p).append("\",\"accountId\":\"big\",\"name\":\"Person ").append(p).append("\"}");
		}
		doc.append("],\"deals\":[{\"id\":\"bench\",\"accountId\":\"big\",\"name\":\"Bench deal\",\"stage\":\"DESIGN\",\"team\":[");
		for (int c = 0; c < 5; c++) {
			doc.append(c == 0 ? "" : ",").append("{\"colleagueId\":\"c").append(c).append("\"}");
		}
		doc.append("]}],\"stakeholders\":[");
		for (int p = 0; p < people; p++) {
			String roles = (p < 3) ? "[\"DECISION_MAKER\"]" : (p % 17 == 0) ? "[\"COACH\"]" : "[\"USER\"]";
			doc.append(p == 0 ? "" : ",").append("{\"dealId\":\"bench\",\"personId\":\"p").append(p)
				.append("\",\"roles\":").append(roles).append(",\"attitude\":\"")
				.append(ATTITUDES[random.nextInt(ATTITUDES.length)]).append("\"}");
		}
		doc.append("],\"relationships\":[");
		List<String> ties = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int p = 1; p < people; p++) {
			ties.add(tie("REPORTS_TO", "p" + p, "p" + ((p - 1) / 6), null));
			seen.add("p" + p + "|p" + ((p - 1) / 6));
		}
		while (ties.size() < people * 5) {
			int a = random.nextInt(people);
			int b = random.nextInt(people);
			String key = "p" + Math.min(a, b) + "|p" + Math.max(a, b);
			if (a == b || !seen.add(key)) {
				continue;
			}
			boolean influence = random.nextInt(4) == 0;
			ties.add(tie(influence ? "INFLUENCES" : "KNOWS", "p" + a, "p" + b, 0.1 + 0.9 * random.nextDouble()));
		}
		for (int c = 0; c < 5; c++) {
			for (int i = 0; i < 20; i++) {
				int p = 3 + random.nextInt(people - 3);
				if (seen.add("c" + c + "|p" + p)) {
					ties.add(tie("KNOWS", "c" + c, "p" + p, 0.2 + 0.8 * random.nextDouble()));
				}
			}
		}
		doc.append(String.join(",", ties)).append("]}");
		HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/import"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(doc.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (imported.statusCode() != 200) {
			throw new IllegalStateException("import failed: " + imported.body());
		}
		System.out.printf(Locale.ROOT, "deal: %d people, %d ties, 3 decision-makers, team of 5%n", people, ties.size());

		URI paths = URI.create(base + "/api/v1/deals/bench/paths?k=5&maxHops=4");
		URI baseline = URI.create(base + "/api/v1/deals/bench");
		String sample = get(http, paths);
		if (!sample.contains("\"paths\"")) {
			throw new IllegalStateException("unexpected answer: " + sample);
		}
		for (int i = 0; i < requests / 2; i++) {
			get(http, paths);
			get(http, baseline);
		}
		long[] pathTimes = new long[requests];
		long[] baselineTimes = new long[requests];
		for (int i = 0; i < requests; i++) {
			baselineTimes[i] = timed(http, baseline);
			pathTimes[i] = timed(http, paths);
		}
		// a tie written just before: the answer includes catching up with that write
		int writes = Math.max(20, requests / 10);
		long[] writeTimes = new long[writes];
		long[] freshTimes = new long[writes];
		for (int i = 0; i < writes; i++) {
			long start = System.nanoTime();
			putTie(http, base, i, people, random);
			writeTimes[i] = System.nanoTime() - start;
			freshTimes[i] = timed(http, paths);
		}
		// a tie written through this instance, until the other instance answers from it
		long[] lags = new long[0];
		if (args.length > 3) {
			URI otherPaths = URI.create(args[3] + "/api/v1/deals/bench/paths?k=5&maxHops=4");
			lags = new long[writes];
			for (int i = 0; i < writes; i++) {
				long start = System.nanoTime();
				putTie(http, base, i, people, random);
				String written = change(get(http, paths));
				while (!change(get(http, otherPaths)).equals(written)) {
					Thread.sleep(2);
				}
				lags[i] = System.nanoTime() - start;
				Thread.sleep(random.nextInt(300));
			}
		}
		double pathP50 = report("GET /deals/{id}/paths (k=5, 3 targets)", pathTimes);
		double baseP50 = report("GET /deals/{id} (baseline)", baselineTimes);
		report("PUT a tie (write)", writeTimes);
		report("GET paths right after that write", freshTimes);
		if (lags.length > 0) {
			report("write here until the other instance has it", lags);
		}
		System.out.printf(Locale.ROOT, "paths endpoint p50 = %.2f ms = %.2fx the baseline read (%d people)%n", pathP50,
				pathP50 / baseP50, people);
	}

	/** Writes a KNOWS tie from colleague c(i mod 5) to a random person, failing loudly. */
	static void putTie(HttpClient http, String base, int i, int people, Random random) throws Exception {
		URI tie = URI.create(base + "/api/v1/relationships/KNOWS/c" + (i % 5) + "/p" + (3 + random.nextInt(people - 3)));
		HttpResponse<String> written = http.send(HttpRequest.newBuilder(tie)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(String.format(Locale.ROOT, "{\"strength\":%.3f}", 0.2 + 0.7 * random.nextDouble())))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (written.statusCode() >= 300) {
			throw new IllegalStateException("tie write failed: " + written.body());
		}
	}

	/** The change position a paths answer reflects ("graphChange" in its stats). */
	static String change(String answer) {
		int at = answer.indexOf("\"graphChange\":\"") + 15;
		return answer.substring(at, answer.indexOf('"', at));
	}

	static String tie(String type, String from, String to, Double strength) {
		return "{\"type\":\"" + type + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\""
				+ ((strength != null) ? String.format(Locale.ROOT, ",\"strength\":%.3f", strength) : "") + "}";
	}

	static String get(HttpClient http, URI uri) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	static long timed(HttpClient http, URI uri) throws Exception {
		long start = System.nanoTime();
		get(http, uri);
		return System.nanoTime() - start;
	}

	static double report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double p50 = sorted[sorted.length / 2] / 1e6;
		System.out.printf(Locale.ROOT, "%-40s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  (n=%d)%n", what, p50,
				sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
		return p50;
	}

}
