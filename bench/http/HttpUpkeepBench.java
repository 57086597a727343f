import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP benchmark of upkeep against a baseline measured in the same run: GET
 * /api/v1/upkeep?colleagueId= for a colleague who knows TIES people, next to a one-node read
 * (GET /api/v1/colleagues/{id}); then POST /api/v1/interactions, INTERACTIONS times over 4
 * connections, with throughput, and how long after the last write a paths answer (the read
 * model) shows its tie's fresh last contact. Run by bench/http-upkeep.sh; arguments: base URL,
 * ties, interactions, measured requests, the admin key.
 */
public class HttpUpkeepBench {

	static String adminKey = "";

	static final String[] TEMPERAMENTS = { "DRIVER", "EXPRESSIVE", "ANALYTICAL", "AMIABLE", "UNKNOWN" };

	static final String[] LEVELS = { "OUTSIDER", "FRIEND", "SUPPLIER", "PARTNER" };

	static final String[] STAGES = { "INTEREST", "BREWING", "DESIGN", "COMPARISON", "COMMITMENT", "USE" };

	static final String[] ROLES = { "DECISION_MAKER", "TECHNICAL_GATEKEEPER", "USER", "COACH", "APPROVER" };

	static final String[] INFLUENCE = { "LOW", "MEDIUM", "HIGH" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int ties = Integer.parseInt(args[1]);
		int interactions = Integer.parseInt(args[2]);
		int requests = Integer.parseInt(args[3]);
		adminKey = args[4];
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Random random = new Random(42);
		post(http, base + "/api/v1/import", document(ties, random), 200);
		System.out.printf(Locale.ROOT, "one colleague who knows %d people at one account, 80 open deals%n", ties);
		URI upkeep = URI.create(base + "/api/v1/upkeep?colleagueId=c0");
		URI baseline = URI.create(base + "/api/v1/colleagues/c0");
		int due = count(get(http, upkeep), "\"personId\"");
		for (int i = 0; i < requests / 2; i++) {
			get(http, upkeep);
			get(http, baseline);
		}
		long[] upkeepTimes = new long[requests];
		long[] baselineTimes = new long[requests];
		for (int i = 0; i < requests; i++) {
			baselineTimes[i] = timed(http, baseline);
			upkeepTimes[i] = timed(http, upkeep);
		}
		double upkeepP50 = report("GET /upkeep?colleagueId= (" + due + " due of " + ties + ")", upkeepTimes);
		double baseP50 = report("GET /colleagues/{id} (baseline)", baselineTimes);
		System.out.printf(Locale.ROOT, "upkeep p50 = %.2f ms = %.2fx the baseline read%n", upkeepP50, baseP50 > 0 ? upkeepP50 / baseP50 : 0);

		ExecutorService pool = Executors.newFixedThreadPool(4);
		AtomicInteger next = new AtomicInteger();
		long[] writeTimes = new long[interactions];
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		long started = System.nanoTime();
		List<Future<?>> workers = new ArrayList<>();
		for (int w = 0; w < 4; w++) {
			workers.add(pool.submit(() -> {
				HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				for (int i = next.getAndIncrement(); i < interactions; i = next.getAndIncrement()) {
					// the last one is kept for the freshness check below
					int person = (i == interactions - 1) ? 0 : 1 + (i % (ties - 1));
					String body = "{\"id\":\"bench-" + i + "\",\"personId\":\"p" + person + "\",\"colleagueId\":\"c0\",\"date\":\""
							+ ((person == 0) ? today : today.minusDays(i % 200)) + "\",\"kind\":\"CALL\"}";
					long t = System.nanoTime();
					try {
						post(own, base + "/api/v1/interactions", body, 201);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					writeTimes[i] = System.nanoTime() - t;
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		long lastWritten = System.nanoTime();
		double seconds = (lastWritten - started) / 1e9;
		pool.shutdown();
		// p0's tie was last contacted two years ago, and the last write contacts p0 today: the
		// paths answer shows it once its hop no longer reads as aged
		URI path = URI.create(base + "/api/v1/people/p0/paths?from=c0&maxHops=1&k=1");
		int polls = 0;
		while (!get(http, path).contains("\"monthsSinceContact\":null")) {
			polls++;
			Thread.sleep(1);
		}
		double visibleMs = (System.nanoTime() - lastWritten) / 1e6;
		report("POST /interactions (4 connections)", writeTimes);
		System.out.printf(Locale.ROOT, "%d interactions in %.1f s = %.0f per second; the last one showed in a paths answer %.1f ms after it was answered (%d polls)%n",
				interactions, seconds, interactions / seconds, visibleMs, polls);
	}

	static String document(int ties, Random random) {
		StringBuilder doc = new StringBuilder("{\"accounts\":[{\"id\":\"big\",\"name\":\"Big Account\"}],");
		doc.append("\"colleagues\":[{\"id\":\"c0\",\"name\":\"Colleague\"}],\"people\":[");
		for (int p = 0; p < ties; p++) {
			doc.append(p == 0 ? "" : ",").append("{\"id\":\"p").append(p).append("\",\"accountId\":\"big\",\"name\":\"Person ").append(p)
				.append("\",\"temperament\":\"").append(TEMPERAMENTS[random.nextInt(TEMPERAMENTS.length)])
				.append("\",\"interests\":[\"topic ").append(p % 7).append("\"]}");
		}
		doc.append("],\"deals\":[");
		for (int d = 0; d < 80; d++) {
			doc.append(d == 0 ? "" : ",").append("{\"id\":\"d").append(d).append("\",\"accountId\":\"big\",\"name\":\"Deal ").append(d)
				.append("\",\"stage\":\"").append(STAGES[d % STAGES.length]).append("\"}");
		}
		doc.append("],\"stakeholders\":[");
		for (int p = 0; p < ties; p++) {
			doc.append(p == 0 ? "" : ",").append("{\"dealId\":\"d").append(p % 80).append("\",\"personId\":\"p").append(p)
				.append("\",\"roles\":[\"").append(ROLES[random.nextInt(ROLES.length)]).append("\"],\"influence\":\"")
				.append(INFLUENCE[random.nextInt(INFLUENCE.length)]).append("\"}");
		}
		doc.append("],\"relationships\":[");
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		for (int p = 0; p < ties; p++) {
			LocalDate last = (p == 0) ? today.minusDays(800) : today.minusDays(random.nextInt(400));
			doc.append(p == 0 ? "" : ",").append(String.format(Locale.ROOT,
					"{\"type\":\"KNOWS\",\"from\":\"c0\",\"to\":\"p%d\",\"strength\":%.3f,\"level\":\"%s\",\"lastContact\":\"%s\"}", p,
					0.3 + 0.6 * random.nextDouble(), LEVELS[random.nextInt(LEVELS.length)], last));
		}
		return doc.append("]}").toString();
	}

	static int count(String text, String needle) {
		int n = 0;
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
			n++;
		}
		return n;
	}

	static void post(HttpClient http, String uri, String body, int expected) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(uri))
			.header("Authorization", "Bearer " + adminKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != expected) {
			throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": " + answer.body());
		}
	}

	static String get(HttpClient http, URI uri) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + adminKey).GET().build(),
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
		System.out.printf(Locale.ROOT, "%-42s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  (n=%d)%n", what, p50,
				sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
		return p50;
	}

}
