package dev.dealgraph.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.dealgraph.GraphFingerprint;
import dev.dealgraph.access.MatrixHttp.Answer;
import dev.dealgraph.access.MatrixHttp.Req;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Runs the cells of the object-access matrix: sends each request as its caller, judges
 * the answer, and checks the database's fingerprint after every cell that must write
 * nothing. Collects what is wrong instead of stopping at the first.
 */
final class AccessMatrix {

	/**
	 * Who asks: a user of a team that holds EDIT or READ on the account of {@code own}.
	 *
	 * @param foreignIds ids of the other team's account, deals and people
	 * @param foreignNames their names, which no answer to this caller may carry either
	 */
	record Caller(String name, String key, boolean edits, MatrixSamples own, MatrixSamples other,
			Set<String> foreignIds, Set<String> foreignNames) {

		@Override
		public String toString() {
			return this.name + " (" + (this.edits ? "EDIT" : "READ") + " " + this.own.account() + ")";
		}

	}

	/** What a row's request is built from: the samples aimed at, the caller's own. */
	record At(MatrixSamples t, MatrixSamples own, String caller) {

		/** An id nothing has yet, the caller's own. */
		String fresh(String what) {
			return "new-" + this.caller + "-" + what;
		}

	}

	/**
	 * One asserted cell: {@code check} answers what was wrong, or null. Phases order the
	 * run: reads, refused writes, writes, refused deletes, deletes.
	 */
	record Cell(String endpoint, Caller caller, String ids, String operation, int phase,
			Supplier<@Nullable String> check) {

		@Override
		public String toString() {
			return this.endpoint + " | " + this.caller + " | " + this.ids + " " + this.operation;
		}

	}

	private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._-]+");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MatrixHttp http;

	private final String adminKey;

	private final Neo4jClient client;

	private String baseline;

	private String baselineButAudit;

	AccessMatrix(MatrixHttp http, String adminKey, Neo4jClient client) {
		this.http = http;
		this.adminKey = adminKey;
		this.client = client;
		rebaseline();
	}

	Answer as(Caller caller, Req req) {
		return this.http.send(caller.key(), req);
	}

	Answer asAdmin(Req req) {
		return this.http.send(this.adminKey, req);
	}

	/** The object as an admin reads it now: what a replacing PUT sends back. */
	String current(String uri) {
		Answer answer = asAdmin(Req.get(uri));
		if (answer.status() != 200) {
			throw new IllegalStateException("no sample at " + uri + ": " + answer);
		}
		return answer.body();
	}

	/** Null when nothing was written since the last look; else what to report. */
	@Nullable String unchanged() {
		String now = GraphFingerprint.of(this.client);
		return now.equals(this.baseline) ? null : "the database changed";
	}

	/**
	 * For a read of the caller's own objects: null when it wrote nothing but entries of
	 * the audit (exports and personal-data reads are recorded there), which become the
	 * new normal.
	 */
	@Nullable String unchangedButAudit() {
		String now = GraphFingerprint.of(this.client, "AuditEntry");
		String problem = now.equals(this.baselineButAudit) ? null : "the read wrote more than its audit entry";
		rebaseline();
		return problem;
	}

	/** A cell that was meant to write has run: what it wrote is the new normal. */
	void rebaseline() {
		this.baseline = GraphFingerprint.of(this.client);
		this.baselineButAudit = GraphFingerprint.of(this.client, "AuditEntry");
	}

	/** The first id or name of the other team's objects in the answer, or null. */
	@Nullable String leak(Caller caller, String body) {
		if (body.isBlank() || !(body.startsWith("{") || body.startsWith("["))) {
			return null;
		}
		List<String> texts = new ArrayList<>();
		collect(json.readTree(body), texts);
		for (String text : texts) {
			for (String token : NOT_ID.split(text)) {
				if (caller.foreignIds().contains(token)) {
					return token;
				}
			}
			for (String name : caller.foreignNames()) {
				if (text.contains(name)) {
					return name;
				}
			}
		}
		return null;
	}

	/** Whether the answer names each of {@code ids} as a whole token. */
	static @Nullable String lacks(String body, List<String> ids) {
		Set<String> tokens = new HashSet<>(List.of(NOT_ID.split(body)));
		return ids.stream().filter((id) -> !tokens.contains(id)).findFirst().orElse(null);
	}

	/**
	 * The other team's answer with its ids swapped for those the missing request named.
	 */
	static String swapped(String body, MatrixSamples other) {
		String result = body;
		List<Map.Entry<String, String>> pairs = new ArrayList<>(other.swap().entrySet());
		pairs.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
		for (Map.Entry<String, String> pair : pairs) {
			result = result.replace(pair.getKey(), pair.getValue());
		}
		return result;
	}

	/** Runs every cell in phase order; answers the wrong ones with what went wrong. */
	List<String> run(List<Cell> cells) {
		List<String> wrong = new ArrayList<>();
		List<Cell> ordered = new ArrayList<>(cells);
		ordered.sort(Comparator.comparingInt(Cell::phase));
		for (Cell cell : ordered) {
			String problem;
			try {
				problem = cell.check().get();
			}
			catch (RuntimeException ex) {
				problem = "failed: " + ex;
			}
			if (problem != null) {
				wrong.add(cell + ": " + problem);
				// whatever it wrote must not be blamed on the next cell
				rebaseline();
			}
		}
		return wrong;
	}

	/**
	 * A user in a team of their own that holds EDIT or READ on the account of
	 * {@code own}; what the other team has at its account is read from the demo.
	 */
	static Caller caller(RestTestClient admin, String name, boolean edits, MatrixSamples own, MatrixSamples other,
			JsonNode demo) {
		String key = AccessFixtures.user(admin, name, null, edits ? "EDIT" : "READ", own.account());
		Set<String> ids = new TreeSet<>(Set.of(other.account()));
		Set<String> names = new TreeSet<>();
		for (String part : List.of("accounts", "deals", "people")) {
			demo.get(part).forEach((item) -> {
				String at = part.equals("accounts") ? item.get("id").asString() : item.path("accountId").asString(null);
				if (other.account().equals(at)) {
					ids.add(item.get("id").asString());
					names.add(item.get("name").asString());
				}
			});
		}
		return new Caller(name, key, edits, own, other, ids, names);
	}

	private static void collect(JsonNode node, List<String> texts) {
		if (node.isString()) {
			texts.add(node.asString());
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			texts.add(field.getKey());
			collect(field.getValue(), texts);
		}
		if (node.isArray()) {
			node.forEach((item) -> collect(item, texts));
		}
	}

}
