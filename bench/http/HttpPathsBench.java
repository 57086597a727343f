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
 * same stack (Tomcat, Spring MVC, JSON, the driver, Bolt, embedded Neo4j). The paths are
 * timed as the admin and as a reader whose team holds READ on the deal's account only, so
 * the people of a second account tied into the deal's graph are masked for them; with an
 * older build's URL, its answers are timed interleaved with both.
 * Run by bench/http-paths.sh; arguments: base URL, people, measured requests, the second
 * instance's URL, the admin key, and optionally an older build's URL (same data imported)
 * and its admin key.
 */
public class HttpPathsBench {

	/** The key requests go with unless they name another; the admin's. */
	static String adminKey = "";

	static final String[] ATTITUDES = { "SPONSOR", "SUPPORTER", "NEUTRAL", "NEUTRAL", "UNKNOWN", "UNKNOWN",
			"NON_SUPPORTER", "OPPONENT" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int people = Integer.parseInt(args[1]);
		int requests = Integer.parseInt(args[2]);
		adminKey = args[4];
		String older = (args.length > 5) ? args[5] : null;
		String olderKey = (args.length > 6) ? args[6] : adminKey;
		int others = Math.max(10, people / 10);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Random random = new Random(42);

		StringBuilder doc = new StringBuilder(
				"{\"accounts\":[{\"id\":\"big\",\"name\":\"Big Account\"},{\"id\":\"other\",\"name\":\"Other\"}],");
		doc.append("\"colleagues\":[");
		for (int c = 0; c < 5; c++) {
			doc.append(c == 0 ? "" : ",").append("{\"id\":\"c").append(c).append("\",\"name\":\"Colleague ").append(c).append("\"}");
		}
		doc.append("],\"people\":[");
		for (int p = 0; p < people; p++) {
			doc.append(p == 0 ? "" : ",").append("{\"id\":\"p").append(p).append("\",\"accountId\":\"big\",\"name\":\"Person ").append(p).append("\"}");
		}
		// people of another account, tied into the deal's graph but not on the deal: the
		// reader may not read them
		for (int o = 0; o < others; o++) {
			doc.append(",{\"id\":\"o").append(o).append("\",\"accountId\":\"other\",\"name\":\"Other ").append(o).append("\"}");
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
		for (int o = 0; o < others; o++) {
			for (int i = 0; i < 5; i++) {
				int p = random.nextInt(people);
				if (seen.add("o" + o + "|p" + p)) {
					ties.add(tie("KNOWS", "o" + o, "p" + p, 0.3 + 0.7 * random.nextDouble()));
				}
			}
			if (o % 2 == 0) {
				ties.add(tie("KNOWS", "c" + (o % 5), "o" + o, 0.5 + 0.5 * random.nextDouble()));
			}
		}
		doc.append(String.join(",", ties)).append("]}");
		importDocument(http, base, doc.toString(), adminKey);
		if (older != null) {
			importDocument(http, older, doc.toString(), olderKey);
		}
		System.out.printf(Locale.ROOT,
				"deal: %d people, %d ties, 3 decision-makers, team of 5; %d people of another account tied in%n", people,
				ties.size(), others);
		String readerKey = reader(http, base);

		URI paths = URI.create(base + "/api/v1/deals/bench/paths?k=5&maxHops=4");
		URI baseline = URI.create(base + "/api/v1/deals/bench");
		URI olderPaths = (older != null) ? URI.create(older + "/api/v1/deals/bench/paths?k=5&maxHops=4") : null;
		String sample = get(http, paths);
		String readerSample = get(http, paths, readerKey);
		if (!sample.contains("\"paths\"") || !readerSample.contains("\"paths\"")) {
			throw new IllegalStateException("unexpected answer: " + sample);
		}
		System.out.printf(Locale.ROOT, "people of the other account on the paths: admin %d, reader %d%n",
				others(sample), others(readerSample));
		if (olderPaths != null) {
			System.out.println("older build's paths the same as the admin's: "
					+ (routes(get(http, olderPaths, olderKey)).equals(routes(sample)) ? "yes" : "NO"));
		}
		URI olderBaseline = (older != null) ? URI.create(older + "/api/v1/deals/bench") : null;
		// Each build gets the same traffic, two paths requests and a one-node read a round:
		// a JVM that serves fewer requests stays colder (less compiled, parked threads) and
		// answers slower, which would flatter whichever build is asked more often.
		for (int i = 0; i < requests * 2; i++) {
			get(http, paths);
			get(http, paths, readerKey);
			get(http, baseline);
			if (olderPaths != null) {
				get(http, olderPaths, olderKey);
				get(http, olderPaths, olderKey);
				get(http, olderBaseline, olderKey);
			}
		}
		long[] pathTimes = new long[requests];
		long[] readerTimes = new long[requests];
		long[] olderTimes = new long[2 * requests];
		long[] baselineTimes = new long[requests];
		long[] olderBaselineTimes = new long[requests];
		int kinds = (olderPaths != null) ? 6 : 3;
		for (int i = 0; i < requests; i++) {
			// each round in another order, so none of them always follows the same one
			for (int j = 0; j < kinds; j++) {
				switch ((i + j) % kinds) {
					case 0 -> baselineTimes[i] = timed(http, baseline, adminKey);
					case 1 -> pathTimes[i] = timed(http, paths, adminKey);
					case 2 -> readerTimes[i] = timed(http, paths, readerKey);
					case 3 -> olderTimes[2 * i] = timed(http, olderPaths, olderKey);
					case 4 -> olderTimes[2 * i + 1] = timed(http, olderPaths, olderKey);
					default -> olderBaselineTimes[i] = timed(http, olderBaseline, olderKey);
				}
			}
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
		double readerP50 = report("the same paths as a team reader", readerTimes);
		double olderP50 = (olderPaths != null) ? report("the same paths, older build", olderTimes) : 0;
		double baseP50 = report("GET /deals/{id} (baseline)", baselineTimes);
		if (olderPaths != null) {
			report("GET /deals/{id} (baseline), older build", olderBaselineTimes);
		}
		report("PUT a tie (write)", writeTimes);
		report("GET paths right after that write", freshTimes);
		if (lags.length > 0) {
			report("write here until the other instance has it", lags);
		}
		if (olderPaths != null) {
			System.out.printf(Locale.ROOT,
					"with access control / older build, paths p50: admin %.2f / %.2f ms = %.3fx, team reader %.2f / %.2f ms = %.3fx%n",
					pathP50, olderP50, pathP50 / olderP50, readerP50, olderP50, readerP50 / olderP50);
		}
		System.out.printf(Locale.ROOT, "paths endpoint p50 = %.2f ms = %.2fx the baseline read (%d people)%n", pathP50,
				pathP50 / baseP50, people);
	}

	static void importDocument(HttpClient http, String base, String doc, String key) throws Exception {
		HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/import"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + key)
			.POST(HttpRequest.BodyPublishers.ofString(doc))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (imported.statusCode() != 200) {
			throw new IllegalStateException("import failed: " + imported.body());
		}
	}

	/** A user whose team reads the deal's account only; answers their key. */
	static String reader(HttpClient http, String base) throws Exception {
		send(http, "PUT", base + "/api/v1/admin/users/reader", "{\"name\":\"Reader\"}");
		send(http, "PUT", base + "/api/v1/admin/teams/readers", "{\"name\":\"Readers\"}");
		send(http, "PUT", base + "/api/v1/admin/teams/readers/members/reader", null);
		send(http, "PUT", base + "/api/v1/admin/teams/readers/grants/big", "{\"level\":\"READ\"}");
		String issued = send(http, "POST", base + "/api/v1/admin/users/reader/keys", "{\"name\":\"bench\"}");
		int at = issued.indexOf("\"secret\":\"") + 10;
		return issued.substring(at, issued.indexOf('"', at));
	}

	static String send(HttpClient http, String method, String uri, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + adminKey);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		HttpResponse<String> response = http.send(
				request.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	/** How many times people of the other account appear in a paths answer. */
	static int others(String answer) {
		int count = 0;
		for (int at = answer.indexOf("\"id\":\"o"); at >= 0; at = answer.indexOf("\"id\":\"o", at + 1)) {
			count++;
		}
		return count;
	}

	/** A paths answer without its statistics and position, which differ from run to run. */
	static String routes(String answer) {
		return answer.replaceAll("\"stats\":\\{[^}]*\\}", "");
	}

	/** Writes a KNOWS tie from colleague c(i mod 5) to a random person, failing loudly. */
	static void putTie(HttpClient http, String base, int i, int people, Random random) throws Exception {
		URI tie = URI.create(base + "/api/v1/relationships/KNOWS/c" + (i % 5) + "/p" + (3 + random.nextInt(people - 3)));
		HttpResponse<String> written = http.send(HttpRequest.newBuilder(tie)
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + adminKey)
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
		return get(http, uri, adminKey);
	}

	static String get(HttpClient http, URI uri, String key) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + key).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	static long timed(HttpClient http, URI uri) throws Exception {
		return timed(http, uri, adminKey);
	}

	static long timed(HttpClient http, URI uri, String key) throws Exception {
		long start = System.nanoTime();
		get(http, uri, key);
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
