import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * HTTP benchmark of GET /api/v1/accounts/{id}/health against a baseline measured in the same
 * run (GET /api/v1/accounts/{id}, a one-node read). The account has PEOPLE people, each known
 * by two of five colleagues, each tie with two earlier trust steps, and INTERACTIONS
 * interactions spread over the last year. Run by bench/http-health.sh; arguments: base URL,
 * people, interactions, measured requests, the admin key.
 */
public class HttpHealthBench {

	static String adminKey = "";

	static final String[] LEVELS = { "OUTSIDER", "FRIEND", "SUPPLIER", "PARTNER" };

	static final String[] OUTCOMES = { "POSITIVE", "NEUTRAL", "NEGATIVE" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int people = Integer.parseInt(args[1]);
		int interactions = Integer.parseInt(args[2]);
		int requests = Integer.parseInt(args[3]);
		adminKey = args[4];
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		post(http, base + "/api/v1/import", document(people, interactions, new Random(42)), 200);
		System.out.printf(Locale.ROOT, "one account: %d people, %d ties with %d trust steps, %d interactions%n", people,
				2 * people, 4 * people, interactions);
		URI year = URI.create(base + "/api/v1/accounts/big/health?months=12");
		URI three = URI.create(base + "/api/v1/accounts/big/health?months=36");
		URI baseline = URI.create(base + "/api/v1/accounts/big");
		for (int i = 0; i < requests / 2; i++) {
			get(http, year);
			get(http, three);
			get(http, baseline);
		}
		long[] yearTimes = new long[requests];
		long[] threeTimes = new long[requests];
		long[] baselineTimes = new long[requests];
		for (int i = 0; i < requests; i++) {
			baselineTimes[i] = timed(http, baseline);
			yearTimes[i] = timed(http, year);
			threeTimes[i] = timed(http, three);
		}
		double yearP50 = report("GET /accounts/{id}/health?months=12", yearTimes);
		double threeP50 = report("GET /accounts/{id}/health?months=36", threeTimes);
		double baseP50 = report("GET /accounts/{id} (baseline)", baselineTimes);
		System.out.printf(Locale.ROOT, "health p50 = %.2f ms (12 months), %.2f ms (36) = %.2fx / %.2fx the baseline read%n",
				yearP50, threeP50, yearP50 / baseP50, threeP50 / baseP50);
	}

	static String document(int people, int interactions, Random random) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		StringBuilder doc = new StringBuilder("{\"accounts\":[{\"id\":\"big\",\"name\":\"Big Account\"}],\"colleagues\":[");
		for (int c = 0; c < 5; c++) {
			doc.append(c == 0 ? "" : ",").append("{\"id\":\"c").append(c).append("\",\"name\":\"Colleague ").append(c).append("\"}");
		}
		doc.append("],\"people\":[");
		for (int p = 0; p < people; p++) {
			doc.append(p == 0 ? "" : ",").append("{\"id\":\"p").append(p).append("\",\"accountId\":\"big\",\"name\":\"Person ")
				.append(p).append("\"}");
		}
		doc.append("],\"relationships\":[");
		StringBuilder marks = new StringBuilder();
		for (int p = 0; p < people; p++) {
			for (int k = 0; k < 2; k++) {
				String colleague = "c" + ((p + k) % 5);
				int level = 1 + random.nextInt(3);
				doc.append(p + k == 0 ? "" : ",").append(String.format(Locale.ROOT,
						"{\"type\":\"KNOWS\",\"from\":\"%s\",\"to\":\"p%d\",\"strength\":%.3f,\"level\":\"%s\",\"lastContact\":\"%s\"}",
						colleague, p, 0.3 + 0.6 * random.nextDouble(), LEVELS[level], today.minusDays(random.nextInt(400))));
				LocalDate first = today.minusDays(200 + random.nextInt(600));
				marks.append(marks.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
						"{\"from\":\"%s\",\"to\":\"p%d\",\"level\":\"OUTSIDER\",\"on\":\"%s\"},{\"from\":\"%s\",\"to\":\"p%d\",\"level\":\"%s\",\"on\":\"%s\"}",
						colleague, p, first, colleague, p, LEVELS[level - 1], first.plusDays(1 + random.nextInt(150))));
			}
		}
		doc.append("],\"trustHistory\":[").append(marks).append("],\"interactions\":[");
		for (int i = 0; i < interactions; i++) {
			int p = random.nextInt(people);
			doc.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
					"{\"id\":\"i%d\",\"personId\":\"p%d\",\"colleagueId\":\"c%d\",\"date\":\"%s\",\"kind\":\"CALL\",\"outcome\":\"%s\"}",
					i, p, (p + random.nextInt(2)) % 5, today.minusDays(random.nextInt(365)), OUTCOMES[random.nextInt(3)]));
		}
		return doc.append("]}").toString();
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
