import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * HTTP benchmark of the assessment endpoints against baselines measured in the same run:
 * GET /api/v1/deals/{id}/assessment on a generated 500-person deal next to its paths
 * answer and a one-node read (GET /api/v1/deals/{id}), and GET /api/v1/pipeline over
 * 1,000 generated open deals, warm (the judgements of the current state are kept) and
 * right after a write (every deal judged afresh). Run by bench/http-assessment.sh;
 * arguments: base URL, people on the big deal, open deals, measured requests, the admin key.
 */
public class HttpAssessmentBench {

	/** Every request goes as the admin, who sees everything. */
	static String adminKey = "";

	static final String[] ATTITUDES = { "SPONSOR", "SUPPORTER", "NEUTRAL", "NEUTRAL", "UNKNOWN", "UNKNOWN",
			"NON_SUPPORTER", "OPPONENT" };

	static final String[] MODES = { "GROWTH", "TROUBLE", "EVEN_KEEL", "OVERCONFIDENT", "UNKNOWN" };

	static final String[] TEMPERAMENTS = { "DRIVER", "EXPRESSIVE", "ANALYTICAL", "AMIABLE", "UNKNOWN" };

	static final String[] INFLUENCE = { "LOW", "LOW", "MEDIUM", "HIGH" };

	static final String[] LEVELS = { "OUTSIDER", "FRIEND", "SUPPLIER", "PARTNER" };

	static final String[] STAGES = { "INTEREST", "BREWING", "DESIGN", "COMPARISON", "COMMITMENT", "USE" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int people = Integer.parseInt(args[1]);
		int deals = Integer.parseInt(args[2]);
		adminKey = args[4];
		int requests = Integer.parseInt(args[3]);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Random random = new Random(42);
		post(http, base, bigDeal(people, random));
		System.out.printf(Locale.ROOT, "big deal: %d people, 3 decision-makers, team of 5%n", people);
		// the pipeline's deals, 100 to an import document: 8 stakeholders each, own accounts of 10 deals
		for (int from = 0; from < deals; from += 100) {
			post(http, base, smallDeals(from, Math.min(deals, from + 100), random));
		}
		System.out.printf(Locale.ROOT, "pipeline: %d more open deals, 8 stakeholders each, %d accounts%n", deals,
				(deals + 9) / 10);

		URI assessment = URI.create(base + "/api/v1/deals/bench/assessment");
		URI paths = URI.create(base + "/api/v1/deals/bench/paths?k=5&maxHops=4");
		URI baseline = URI.create(base + "/api/v1/deals/bench");
		URI pipeline = URI.create(base + "/api/v1/pipeline?size=50");
		// the same answers with ties as recorded, against the default of ties after age
		URI assessmentRecorded = URI.create(base + "/api/v1/deals/bench/assessment?decay=false");
		URI pathsRecorded = URI.create(base + "/api/v1/deals/bench/paths?k=5&maxHops=4&decay=false");
		if (!get(http, assessment).contains("\"redFlags\"") || !get(http, pipeline).contains("\"totalItems\":" + (deals + 1))) {
			throw new IllegalStateException("unexpected answers");
		}
		for (int i = 0; i < requests / 2; i++) {
			get(http, assessment);
			get(http, paths);
			get(http, baseline);
			get(http, pipeline);
			get(http, assessmentRecorded);
			get(http, pathsRecorded);
		}
		long[] assessmentTimes = new long[requests];
		long[] pathTimes = new long[requests];
		long[] baselineTimes = new long[requests];
		long[] pipelineTimes = new long[requests];
		long[] assessmentRecordedTimes = new long[requests];
		long[] pathRecordedTimes = new long[requests];
		for (int i = 0; i < requests; i++) {
			baselineTimes[i] = timed(http, baseline);
			pathTimes[i] = timed(http, paths);
			assessmentTimes[i] = timed(http, assessment);
			pipelineTimes[i] = timed(http, pipeline);
			pathRecordedTimes[i] = timed(http, pathsRecorded);
			assessmentRecordedTimes[i] = timed(http, assessmentRecorded);
		}
		int writes = Math.max(20, requests / 10);
		long[] coldPipeline = new long[writes];
		long[] coldAssessment = new long[writes];
		long[] coldAssessmentRecorded = new long[writes];
		for (int i = 0; i < writes; i++) {
			putTie(http, base, i, people, random);
			coldPipeline[i] = timed(http, pipeline);
			putTie(http, base, i + 1, people, random);
			coldAssessment[i] = timed(http, assessment);
			putTie(http, base, i + 2, people, random);
			coldAssessmentRecorded[i] = timed(http, assessmentRecorded);
		}
		double assessmentP50 = report("GET /deals/{id}/assessment (500 people)", assessmentTimes);
		double pathP50 = report("GET /deals/{id}/paths (k=5, 3 targets)", pathTimes);
		double baseP50 = report("GET /deals/{id} (baseline)", baselineTimes);
		double pipelineP50 = report("GET /pipeline?size=50 (warm)", pipelineTimes);
		double pathRecordedP50 = report("GET /deals/{id}/paths?decay=false", pathRecordedTimes);
		double assessmentRecordedP50 = report("GET /deals/{id}/assessment?decay=false", assessmentRecordedTimes);
		double coldAssessmentP50 = report("GET assessment right after a write", coldAssessment);
		double coldRecordedP50 = report("GET assessment?decay=false right after a write", coldAssessmentRecorded);
		double coldP50 = report("GET /pipeline right after a write", coldPipeline);
		System.out.printf(Locale.ROOT,
				"assessment p50 = %.2f ms = %.2fx the paths answer, %.2fx the baseline read; "
						+ "pipeline of %d open deals p50 = %.2f ms warm, %.2f ms right after a write%n",
				assessmentP50, assessmentP50 / pathP50, assessmentP50 / baseP50, deals + 1, pipelineP50, coldP50);
		System.out.printf(Locale.ROOT,
				"ties after age (the default) against as recorded: paths %.2fx, assessment right after a write "
						+ "%.2fx, warm assessment %.2fx (judgements are kept per state)%n",
				pathP50 / pathRecordedP50, coldAssessmentP50 / coldRecordedP50, assessmentP50 / assessmentRecordedP50);
	}

	static String bigDeal(int people, Random random) {
		StringBuilder doc = new StringBuilder("{\"accounts\":[{\"id\":\"big\",\"name\":\"Big Account\"}],\"colleagues\":[");
		for (int c = 0; c < 5; c++) {
			doc.append(c == 0 ? "" : ",").append("{\"id\":\"c").append(c).append("\",\"name\":\"Colleague ").append(c).append("\"}");
		}
		doc.append("],\"people\":[");
		for (int p = 0; p < people; p++) {
			doc.append(p == 0 ? "" : ",").append("{\"id\":\"p").append(p).append("\",\"accountId\":\"big\",\"name\":\"Person ")
				.append(p).append("\",\"title\":\"Title ").append(p % 40).append("\",\"temperament\":\"")
				.append(TEMPERAMENTS[random.nextInt(TEMPERAMENTS.length)]).append("\"}");
		}
		doc.append("],\"deals\":[{\"id\":\"bench\",\"accountId\":\"big\",\"name\":\"Bench deal\",\"stage\":\"DESIGN\",\"value\":1000000,\"currency\":\"USD\",\"team\":[");
		for (int c = 0; c < 5; c++) {
			doc.append(c == 0 ? "" : ",").append("{\"colleagueId\":\"c").append(c).append("\"}");
		}
		doc.append("]}],\"stakeholders\":[");
		for (int p = 0; p < people; p++) {
			String roles = (p < 3) ? "[\"DECISION_MAKER\"]" : (p % 17 == 0) ? "[\"COACH\"]"
					: (p % 23 == 0) ? "[\"TECHNICAL_GATEKEEPER\"]" : (p % 29 == 0) ? "[\"APPROVER\"]" : "[\"USER\"]";
			doc.append(p == 0 ? "" : ",").append(stakeholder("bench", "p" + p, roles, random));
		}
		doc.append("],\"relationships\":[");
		List<String> ties = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int p = 1; p < people; p++) {
			ties.add(tie("REPORTS_TO", "p" + p, "p" + ((p - 1) / 6), null, null, null));
			seen.add("p" + p + "|p" + ((p - 1) / 6));
		}
		while (ties.size() < people * 5) {
			int a = random.nextInt(people);
			int b = random.nextInt(people);
			String key = "p" + Math.min(a, b) + "|p" + Math.max(a, b);
			if (a == b || !seen.add(key)) {
				continue;
			}
			int kind = random.nextInt(20);
			String type = (kind == 0) ? "CONFLICTS_WITH" : (kind < 5) ? "INFLUENCES" : "KNOWS";
			ties.add(tie(type, "p" + a, "p" + b, type.equals("CONFLICTS_WITH") ? null : 0.1 + 0.9 * random.nextDouble(),
					null, null));
		}
		for (int c = 0; c < 5; c++) {
			for (int i = 0; i < 20; i++) {
				int p = 3 + random.nextInt(people - 3);
				if (seen.add("c" + c + "|p" + p)) {
					ties.add(tie("KNOWS", "c" + c, "p" + p, 0.2 + 0.8 * random.nextDouble(),
							LEVELS[random.nextInt(LEVELS.length)], LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330))));
				}
			}
		}
		return doc.append(String.join(",", ties)).append("]}").toString();
	}

	static String smallDeals(int from, int to, Random random) {
		StringBuilder doc = new StringBuilder("{\"accounts\":[");
		for (int a = from / 10; a < (to + 9) / 10; a++) {
			doc.append(a == from / 10 ? "" : ",").append("{\"id\":\"a").append(a).append("\",\"name\":\"Account ").append(a).append("\"}");
		}
		doc.append("],\"people\":[");
		List<String> people = new ArrayList<>();
		List<String> stakeholders = new ArrayList<>();
		List<String> ties = new ArrayList<>();
		List<String> dealDocs = new ArrayList<>();
		for (int d = from; d < to; d++) {
			dealDocs.add("{\"id\":\"d" + d + "\",\"accountId\":\"a" + (d / 10) + "\",\"name\":\"Deal " + d
					+ "\",\"stage\":\"" + STAGES[random.nextInt(STAGES.length)] + "\",\"value\":"
					+ (10000 * (1 + random.nextInt(500))) + ",\"currency\":\"USD\",\"team\":[{\"colleagueId\":\"c"
					+ (d % 5) + "\"}]}");
			for (int s = 0; s < 8; s++) {
				String id = "d" + d + "p" + s;
				people.add("{\"id\":\"" + id + "\",\"accountId\":\"a" + (d / 10) + "\",\"name\":\"Person " + id
						+ "\",\"temperament\":\"" + TEMPERAMENTS[random.nextInt(TEMPERAMENTS.length)] + "\"}");
				String roles = (s == 0) ? "[\"DECISION_MAKER\"]" : (s == 1) ? "[\"COACH\"]"
						: (s == 2) ? "[\"TECHNICAL_GATEKEEPER\"]" : "[\"USER\"]";
				stakeholders.add(stakeholder("d" + d, id, roles, random));
				if (s > 0) {
					ties.add(tie(random.nextBoolean() ? "INFLUENCES" : "KNOWS", id, "d" + d + "p" + random.nextInt(s),
							0.2 + 0.8 * random.nextDouble(), null, null));
				}
				if (random.nextInt(3) == 0) {
					ties.add(tie("KNOWS", "c" + (d % 5), id, 0.2 + 0.8 * random.nextDouble(),
							LEVELS[random.nextInt(LEVELS.length)], LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330))));
				}
			}
		}
		doc.append(String.join(",", people)).append("],\"deals\":[").append(String.join(",", dealDocs));
		doc.append("],\"stakeholders\":[").append(String.join(",", stakeholders));
		return doc.append("],\"relationships\":[").append(String.join(",", ties)).append("]}").toString();
	}

	static String stakeholder(String deal, String person, String roles, Random random) {
		return "{\"dealId\":\"" + deal + "\",\"personId\":\"" + person + "\",\"roles\":" + roles + ",\"attitude\":\""
				+ ATTITUDES[random.nextInt(ATTITUDES.length)] + "\",\"influence\":\""
				+ INFLUENCE[random.nextInt(INFLUENCE.length)] + "\",\"mode\":\"" + MODES[random.nextInt(MODES.length)]
				+ "\"}";
	}

	static void post(HttpClient http, String base, String doc) throws Exception {
		HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/import"))
			.header("Authorization", "Bearer " + adminKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(doc))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (imported.statusCode() != 200) {
			throw new IllegalStateException("import failed: " + imported.body());
		}
	}

	/** Writes a KNOWS tie from colleague c(i mod 5) to a random person of the big deal. */
	static void putTie(HttpClient http, String base, int i, int people, Random random) throws Exception {
		URI tie = URI.create(base + "/api/v1/relationships/KNOWS/c" + (i % 5) + "/p" + (3 + random.nextInt(people - 3)));
		HttpResponse<String> written = http.send(HttpRequest.newBuilder(tie)
			.header("Authorization", "Bearer " + adminKey)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(String.format(Locale.ROOT, "{\"strength\":%.3f}", 0.2 + 0.7 * random.nextDouble())))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (written.statusCode() >= 300) {
			throw new IllegalStateException("tie write failed: " + written.body());
		}
	}

	static String tie(String type, String from, String to, Double strength, String level, LocalDate lastContact) {
		return "{\"type\":\"" + type + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\""
				+ ((strength != null) ? String.format(Locale.ROOT, ",\"strength\":%.3f", strength) : "")
				+ ((level != null) ? ",\"level\":\"" + level + "\"" : "")
				+ ((lastContact != null) ? ",\"lastContact\":\"" + lastContact + "\"" : "") + "}";
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
