import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeds the instance under load: ACCOUNTS accounts of PEOPLE people each (a reporting tree
 * and about four ties a person), DEALS deals per account with STAKEHOLDERS stakeholders (a
 * decision-maker, a coach, a gatekeeper, the rest users) and a team of three of the ten
 * colleagues, who know 30 people each. Ids as MixedLoad expects them.
 *   java Seed.java BASE KEY [ACCOUNTS PEOPLE DEALS STAKEHOLDERS]
 */
public class Seed {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String key = args[1];
		int accounts = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		int people = (args.length > 3) ? Integer.parseInt(args[3]) : 200;
		int deals = (args.length > 4) ? Integer.parseInt(args[4]) : 2;
		int stakeholders = (args.length > 5) ? Integer.parseInt(args[5]) : 40;
		Random random = new Random(7);
		List<String> accountRows = new ArrayList<>();
		List<String> personRows = new ArrayList<>();
		List<String> dealRows = new ArrayList<>();
		List<String> stakeholderRows = new ArrayList<>();
		List<String> ties = new ArrayList<>();
		List<String> colleagues = new ArrayList<>();
		for (int c = 0; c < 10; c++) {
			colleagues.add("{\"id\":\"c" + c + "\",\"name\":\"Colleague " + c + "\"}");
		}
		String[] attitudes = { "SPONSOR", "SUPPORTER", "NEUTRAL", "UNKNOWN", "NON_SUPPORTER", "OPPONENT" };
		for (int a = 0; a < accounts; a++) {
			accountRows.add("{\"id\":\"a" + a + "\",\"name\":\"Account " + a + "\"}");
			Set<String> seen = new HashSet<>();
			for (int p = 0; p < people; p++) {
				personRows.add("{\"id\":\"a" + a + "-p" + p + "\",\"accountId\":\"a" + a + "\",\"name\":\"Person " + a
						+ "." + p + "\"}");
				if (p > 0) {
					ties.add(tie("REPORTS_TO", "a" + a + "-p" + p, "a" + a + "-p" + ((p - 1) / 6), null));
					seen.add(p + "|" + ((p - 1) / 6));
				}
			}
			while (seen.size() < people * 5) {
				int x = random.nextInt(people);
				int y = random.nextInt(people);
				if (x == y || !seen.add(Math.min(x, y) + "|" + Math.max(x, y))) {
					continue;
				}
				ties.add(tie((random.nextInt(4) == 0) ? "INFLUENCES" : "KNOWS", "a" + a + "-p" + x, "a" + a + "-p" + y,
						0.1 + 0.9 * random.nextDouble()));
			}
			for (int d = 0; d < deals; d++) {
				String deal = "a" + a + "-d" + d;
				dealRows.add("{\"id\":\"" + deal + "\",\"accountId\":\"a" + a + "\",\"name\":\"Deal " + deal
						+ "\",\"stage\":\"DESIGN\",\"team\":[{\"colleagueId\":\"c" + ((a + d) % 10)
						+ "\"},{\"colleagueId\":\"c" + ((a + d + 1) % 10) + "\"},{\"colleagueId\":\"c" + ((a + d + 2) % 10)
						+ "\"}]}");
				for (int s = 0; s < stakeholders; s++) {
					String roles = switch (s) {
						case 0 -> "[\"DECISION_MAKER\"]";
						case 1 -> "[\"COACH\"]";
						case 2 -> "[\"TECHNICAL_GATEKEEPER\"]";
						default -> "[\"USER\"]";
					};
					stakeholderRows.add("{\"dealId\":\"" + deal + "\",\"personId\":\"a" + a + "-p" + (d * stakeholders + s)
							+ "\",\"roles\":" + roles + ",\"attitude\":\"" + attitudes[random.nextInt(attitudes.length)]
							+ "\"}");
				}
			}
		}
		for (int c = 0; c < 10; c++) {
			Set<String> known = new HashSet<>();
			while (known.size() < 30) {
				String person = "a" + random.nextInt(accounts) + "-p" + random.nextInt(people);
				if (known.add(person)) {
					ties.add(tie("KNOWS", "c" + c, person, 0.2 + 0.8 * random.nextDouble()));
				}
			}
		}
		HttpClient http = HttpClient.newHttpClient();
		post(http, base, key, "{\"accounts\":[" + String.join(",", accountRows) + "],\"colleagues\":["
				+ String.join(",", colleagues) + "],\"people\":[" + String.join(",", personRows) + "],\"deals\":["
				+ String.join(",", dealRows) + "],\"stakeholders\":[" + String.join(",", stakeholderRows)
				+ "],\"relationships\":[" + String.join(",", ties) + "]}");
		System.out.printf(Locale.ROOT, "seeded %d accounts, %d people, %d ties, %d deals, %d stakeholders%n", accounts,
				personRows.size(), ties.size(), dealRows.size(), stakeholderRows.size());
	}

	static String tie(String type, String from, String to, Double strength) {
		return "{\"type\":\"" + type + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\""
				+ ((strength != null) ? String.format(Locale.ROOT, ",\"strength\":%.3f", strength) : "") + "}";
	}

	static void post(HttpClient http, String base, String key, String document) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/import"))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(document))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("import answered " + answer.statusCode() + ": " + answer.body());
		}
	}

}
