import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault suite (see README, "Fault suite"): the packaged application killed under
 * writes, its database cut off, and its Bolt connections cut at RUN, PULL and COMMIT.
 * Arguments: the application jar, a directory of Neo4j jars for the stand-alone server,
 * a work directory, and which parts to run (kills, unreachable, cuts; all by default).
 * Exits non-zero when a check fails.
 */
public class FaultSuite {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	static Path jar;

	static Path lib;

	static Path work;

	static final List<String> failures = new ArrayList<>();

	static final List<String> closing = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		jar = Path.of(args[0]);
		lib = Path.of(args[1]);
		work = Path.of(args[2]);
		Set<String> parts = (args.length > 3) ? Set.of(args[3].split(",")) : Set.of("kills", "unreachable", "cuts");
		int kills = Integer.parseInt(System.getProperty("kills", "20"));
		if (parts.contains("kills")) {
			kills(kills);
		}
		if (parts.contains("unreachable") || parts.contains("cuts")) {
			external(parts.contains("unreachable"), parts.contains("cuts"));
		}
		System.out.println();
		closing.forEach(System.out::println);
		if (!failures.isEmpty()) {
			System.out.println("FAILED:");
			failures.forEach((f) -> System.out.println("  " + f));
			System.exit(1);
		}
	}

	// ---- 1. SIGKILL under writes -------------------------------------------------------

	static void kills(int rounds) throws Exception {
		Path data = Files.createDirectories(work.resolve("kills-data"));
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		int port = freePort();
		App app = App.embedded(data, port, "kills-0");
		String key = app.key();
		check(put(port, key, "/api/v1/accounts/acme", "{\"id\":\"acme\",\"name\":\"ACME\"}"), "account");
		for (int round = 1; round <= rounds; round++) {
			AtomicBoolean writing = new AtomicBoolean(true);
			List<Thread> writers = new ArrayList<>();
			int r = round;
			for (int t = 0; t < 4; t++) {
				int thread = t;
				writers.add(Thread.ofPlatform().start(() -> {
					for (int n = 0; writing.get(); n++) {
						String id = "k" + r + "-t" + thread + "-" + n;
						try {
							Answer a = put(port, key, "/api/v1/people/" + id,
									"{\"id\":\"" + id + "\",\"accountId\":\"acme\",\"name\":\"Person " + id + "\"}");
							if (a.status / 100 == 2) {
								acknowledged.add(id);
							}
						}
						catch (Exception ex) {
							// the application is gone: this write was not acknowledged
						}
					}
				}));
			}
			Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 3000));
			app.kill();
			writing.set(false);
			for (Thread writer : writers) {
				writer.join();
			}
			long started = System.nanoTime();
			app = App.embedded(data, port, "kills-" + round);
			long restart = (System.nanoTime() - started) / 1_000_000;
			if (!app.cleanStart()) {
				failures.add("restart " + round + " logged an error, see " + app.log);
			}
			Set<String> stored = new HashSet<>();
			int listed = listPeople(port, key, stored);
			Set<String> lost = new HashSet<>(acknowledged);
			lost.removeAll(stored);
			int duplicated = listed - stored.size();
			System.out.printf("kill %d: %d acknowledged so far, %d stored, restart %d ms, %d lost, %d duplicated%n",
					round, acknowledged.size(), stored.size(), restart, lost.size(), duplicated);
			if (!lost.isEmpty() || duplicated != 0) {
				failures.add("kill " + round + ": lost " + lost + ", duplicated " + duplicated);
			}
		}
		Set<String> stored = new HashSet<>();
		int listed = listPeople(port, key, stored);
		Set<String> lost = new HashSet<>(acknowledged);
		lost.removeAll(stored);
		app.stop();
		closing.add(String.format("%d kills, %d acknowledged writes, %d lost, %d duplicated", rounds,
				acknowledged.size(), lost.size(), listed - stored.size()));
	}

	/** Every person of account acme, page by page; returns how many rows were listed. */
	static int listPeople(int port, String key, Set<String> ids) throws Exception {
		int listed = 0;
		for (int page = 0;; page++) {
			Answer a = get(port, key, "/api/v1/people?accountId=acme&size=200&page=" + page);
			check(a, "list people");
			String items = a.body.substring(a.body.indexOf("\"items\""), a.body.indexOf("\"page\""));
			Matcher m = ID.matcher(items);
			int here = 0;
			while (m.find()) {
				ids.add(m.group(1));
				here++;
			}
			listed += here;
			if (here < 200) {
				return listed;
			}
		}
	}

	// ---- 2 and 3. A Neo4j behind a proxy ------------------------------------------------

	static void external(boolean unreachable, boolean cuts) throws Exception {
		int bolt = freePort();
		int proxyPort = freePort();
		Path neoData = Files.createDirectories(work.resolve("neo4j-data"));
		Process neo = new ProcessBuilder(javaBin(), "-Xmx512m", "-cp", lib + "/*",
				Path.of("faults", "NeoServer.java").toString(), neoData.toString(), String.valueOf(bolt))
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("neo4j.log").toFile())
			.start();
		try (BoltProxy proxy = new BoltProxy(proxyPort, bolt)) {
			waitFor(() -> Files.readString(work.resolve("neo4j.log")).contains("NEO4J READY"), 180, "Neo4j server");
			proxy.open();
			int port = freePort();
			App app = App.external(Files.createDirectories(work.resolve("external-app")), port, proxyPort);
			String key = app.key();
			check(put(port, key, "/api/v1/accounts/acme", "{\"id\":\"acme\",\"name\":\"ACME\"}"), "account");
			check(put(port, key, "/api/v1/colleagues/amy", "{\"id\":\"amy\",\"name\":\"Amy\"}"), "colleague");
			if (unreachable) {
				unreachable(port, key, proxy);
			}
			if (cuts) {
				cuts(port, key, proxy);
			}
			app.stop();
		}
		finally {
			neo.destroy();
			neo.waitFor();
		}
	}

	static void unreachable(int port, String key, BoltProxy proxy) throws Exception {
		check(put(port, key, "/api/v1/people/before-cut", "{\"id\":\"before-cut\",\"accountId\":\"acme\",\"name\":\"B\"}"),
				"write before the cut");
		check(get(port, null, "/actuator/health/readiness"), "readiness before the cut");
		proxy.cut();
		List<Long> times = new ArrayList<>();
		Map<Integer, Integer> statuses = new HashMap<>();
		for (int i = 0; i < 10; i++) {
			for (Answer a : List.of(
					put(port, key, "/api/v1/people/cut-" + i, "{\"id\":\"cut-" + i + "\",\"accountId\":\"acme\",\"name\":\"C\"}"),
					get(port, key, "/api/v1/people/before-cut"))) {
				times.add(a.millis);
				statuses.merge(a.status, 1, Integer::sum);
				if (a.status != 503 || a.millis >= 4000 || a.retryAfter == null
						|| !a.body.contains("urn:dealgraph:problem:database-unavailable")) {
					failures.add("while cut: " + a.status + " after " + a.millis + " ms, Retry-After " + a.retryAfter
							+ ": " + a.body);
				}
			}
		}
		Answer ready = get(port, null, "/actuator/health/readiness");
		boolean down = ready.status == 503 && ready.body.contains("DOWN");
		if (!down) {
			failures.add("readiness while cut: " + ready.status + " " + ready.body);
		}
		proxy.open();
		long restored = System.nanoTime();
		Answer after;
		do {
			Thread.sleep(100);
			after = put(port, key, "/api/v1/people/after-cut", "{\"id\":\"after-cut\",\"accountId\":\"acme\",\"name\":\"A\"}");
		}
		while (after.status / 100 != 2 && System.nanoTime() - restored < 60_000_000_000L);
		long recovery = (System.nanoTime() - restored) / 1_000_000;
		if (after.status / 100 != 2) {
			failures.add("no recovery within 60 s of restoring Bolt: " + after.status);
		}
		waitFor(() -> get(port, null, "/actuator/health/readiness").status == 200, 30, "readiness after restore");
		silent(port, key, proxy);
		long max = times.stream().mapToLong(Long::longValue).max().orElse(0);
		double mean = times.stream().mapToLong(Long::longValue).average().orElse(0);
		closing.add(String.format(
				"database unreachable: %d requests, answers %s, slowest %d ms, mean %.0f ms; readiness DOWN: %s; recovered without restart %d ms after Bolt returned",
				times.size(), statuses, max, mean, down ? "yes" : "no", recovery));
	}

	/**
	 * A network that goes silent (no reset, no refusal): the server's keep-alive hint
	 * ({@code NeoServer}) makes the driver give up on a connection silent for 3 s, and a
	 * request waiting for a pooled connection gives up after 2 s; each answers 503 within 4 s.
	 */
	static void silent(int port, String key, BoltProxy proxy) throws Exception {
		proxy.silence(true);
		List<String> answers = new ArrayList<>();
		long slowest = 0;
		for (int i = 0; i < 3; i++) {
			Answer a;
			try {
				a = put(port, key, "/api/v1/people/silent-" + i,
						"{\"id\":\"silent-" + i + "\",\"accountId\":\"acme\",\"name\":\"S\"}");
			}
			catch (java.net.http.HttpTimeoutException ex) {
				a = new Answer(0, "", 30_000, null);
			}
			answers.add((a.status == 0) ? "no answer in 30 s" : a.status + " in " + a.millis + " ms");
			if (a.status != 503 || a.millis >= 4000) {
				failures.add("while silent: " + a.status + " after " + a.millis + " ms");
			}
			slowest = Math.max(slowest, a.millis);
		}
		proxy.silence(false);
		proxy.cut();
		proxy.open();
		waitFor(() -> put(port, key, "/api/v1/people/after-silence",
				"{\"id\":\"after-silence\",\"accountId\":\"acme\",\"name\":\"A\"}").status / 100 == 2, 90,
				"a write after the network spoke again");
		closing.add("database silent: " + answers);
	}

	static void cuts(int port, String key, BoltProxy proxy) throws Exception {
		Map<String, Integer> kinds = Map.of("RUN", BoltProxy.RUN, "PULL", BoltProxy.PULL, "COMMIT", BoltProxy.COMMIT);
		Set<String> acknowledged = new HashSet<>();
		Set<String> attempted = new HashSet<>();
		Map<Integer, Integer> statuses = new HashMap<>();
		int before = proxy.cuts();
		for (String kind : List.of("RUN", "PULL", "COMMIT")) {
			int fired = 0;
			Map<Integer, Integer> here = new HashMap<>();
			for (int i = 0; i < 10; i++) {
				String id = "cut-" + kind.toLowerCase() + "-" + i;
				attempted.add(id);
				proxy.arm(kinds.get(kind));
				Answer a = put(port, key, "/api/v1/deals/" + id, "{\"id\":\"" + id
						+ "\",\"accountId\":\"acme\",\"name\":\"Deal " + id + "\",\"stage\":\"DESIGN\",\"team\":[{\"colleagueId\":\"amy\"}]}");
				fired += proxy.fired() ? 1 : 0;
				proxy.arm(-1);
				statuses.merge(a.status, 1, Integer::sum);
				here.merge(a.status, 1, Integer::sum);
				if (a.status / 100 == 2) {
					acknowledged.add(id);
				}
				else if (a.status != 503) {
					failures.add("cut at " + kind + ": " + a.status + " " + a.body);
				}
			}
			System.out.printf("cuts at %s: %d of 10 armed cuts fired, answers %s%n", kind, fired, here);
		}
		int lost = 0;
		int partial = 0;
		for (String id : attempted) {
			Answer a = get(port, key, "/api/v1/deals/" + id);
			if (a.status == 404) {
				if (acknowledged.contains(id)) {
					lost++;
				}
				continue;
			}
			check(a, "read deal " + id);
			if (!a.body.contains("\"accountId\":\"acme\"") || !a.body.contains("\"colleagueId\":\"amy\"")
					|| !a.body.contains("Deal " + id)) {
				partial++;
				failures.add("partial deal " + id + ": " + a.body);
			}
		}
		Set<String> stored = new HashSet<>();
		int listed = 0;
		for (int page = 0;; page++) {
			Answer a = get(port, key, "/api/v1/deals?accountId=acme&size=200&page=" + page);
			check(a, "list deals");
			Matcher m = ID.matcher(a.body.substring(a.body.indexOf("\"items\""), a.body.indexOf("\"page\"")));
			int here = 0;
			while (m.find()) {
				String id = m.group(1);
				if (id.startsWith("cut-")) {
					stored.add(id);
					listed++;
				}
				here++;
			}
			if (here < 200) {
				break;
			}
		}
		if (lost > 0 || listed != stored.size()) {
			failures.add("cuts: " + lost + " lost, " + (listed - stored.size()) + " duplicated");
		}
		closing.add(String.format(
				"connections cut at RUN, PULL, COMMIT: %d cuts, %d writes answered %s, %d acknowledged, %d lost, %d duplicated, %d partial",
				proxy.cuts() - before, attempted.size(), statuses, acknowledged.size(), lost, listed - stored.size(),
				partial));
	}

	// ---- helpers ------------------------------------------------------------------------

	record Answer(int status, String body, long millis, String retryAfter) {
	}

	static Answer put(int port, String key, String path, String json) throws Exception {
		return send(port, key, path, HttpRequest.BodyPublishers.ofString(json), "PUT");
	}

	static Answer get(int port, String key, String path) throws Exception {
		return send(port, key, path, HttpRequest.BodyPublishers.noBody(), "GET");
	}

	static Answer send(int port, String key, String path, HttpRequest.BodyPublisher body, String method)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.method(method, body);
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body(), (System.nanoTime() - started) / 1_000_000,
				response.headers().firstValue("Retry-After").orElse(null));
	}

	static void check(Answer a, String what) {
		if (a.status / 100 != 2) {
			throw new IllegalStateException(what + ": " + a.status + " " + a.body);
		}
	}

	interface Condition {

		boolean holds() throws Exception;

	}

	static void waitFor(Condition condition, int seconds, String what) throws Exception {
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < until) {
			try {
				if (condition.holds()) {
					return;
				}
			}
			catch (IOException ex) {
				// not there yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(what + " not ready within " + seconds + " s");
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	static String javaBin() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/** One run of the packaged application. */
	static final class App {

		final Process process;

		final Path log;

		final Path data;

		final int port;

		private App(Process process, Path log, Path data, int port) {
			this.process = process;
			this.log = log;
			this.data = data;
			this.port = port;
		}

		static App embedded(Path data, int port, String name) throws Exception {
			return start(data, port, name, Map.of(), "--dealgraph.embedded.bolt-port=0");
		}

		static App external(Path data, int port, int boltPort) throws Exception {
			return start(data, port, "external", Map.of("NEO4J_URI", "bolt://127.0.0.1:" + boltPort, "NEO4J_PASSWORD",
					"unused"), "--dealgraph.embedded.bolt-port=0");
		}

		static App start(Path data, int port, String name, Map<String, String> env, String... more) throws Exception {
			Path log = work.resolve(name + ".log");
			List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx768m", "-jar", jar.toString(),
					"--server.port=" + port, "--dealgraph.embedded.data-dir=" + data, "--dealgraph.demo-data=false",
					"--dealgraph.access.rate-limit.requests-per-second=1000000"));
			command.addAll(List.of(more));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().putAll(env);
			App app = new App(builder.start(), log, data, port);
			waitFor(() -> {
				if (!app.process.isAlive()) {
					throw new IllegalStateException("the application exited, see " + log);
				}
				return get(port, null, "/actuator/health").status == 200;
			}, 240, "the application (" + log + ")");
			return app;
		}

		String key() throws IOException {
			return Files.readString(this.data.resolve("admin.key")).strip();
		}

		boolean cleanStart() throws IOException {
			return Files.readAllLines(this.log).stream().noneMatch((line) -> line.contains(" ERROR "));
		}

		void kill() throws InterruptedException {
			// destroyForcibly is SIGKILL on Linux: no shutdown hook, no Neo4j checkpoint
			this.process.destroyForcibly();
			this.process.waitFor();
		}

		void stop() throws InterruptedException {
			this.process.destroy();
			this.process.waitFor();
		}

	}

}
