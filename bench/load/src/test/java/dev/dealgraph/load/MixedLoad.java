package dev.dealgraph.load;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A team's working day against one instance, as an open model: requests arrive at
 * {@code load.rate} a second whether or not earlier ones were answered, for
 * {@code load.seconds}. 80 % read a deal map, a deal's paths or a page of an account's
 * people; 20 % write a tie or a stakeholder's facts. The ids follow {@code Seed.java}.
 */
public class MixedLoad extends Simulation {

	static final String BASE = System.getProperty("load.base", "http://localhost:8080");

	static final String KEY = System.getProperty("load.key", "");

	static final double RATE = Double.parseDouble(System.getProperty("load.rate", "50"));

	static final int SECONDS = Integer.getInteger("load.seconds", 60);

	static final int ACCOUNTS = Integer.getInteger("load.accounts", 10);

	static final int PEOPLE = Integer.getInteger("load.people", 200);

	static final int DEALS = Integer.getInteger("load.deals", 2);

	static final int STAKEHOLDERS = Integer.getInteger("load.stakeholders", 40);

	static final String[] ATTITUDES = { "SUPPORTER", "NEUTRAL", "UNKNOWN", "NON_SUPPORTER" };

	HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.authorizationHeader("Bearer " + KEY)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		// clients behind one gateway share its connections
		.shareConnections();

	/** Picks the account, deal and people this request is about. */
	ChainBuilder pick = exec((session) -> {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int account = random.nextInt(ACCOUNTS);
		int deal = random.nextInt(DEALS);
		int from = random.nextInt(PEOPLE);
		int to = (from + 1 + random.nextInt(PEOPLE - 1)) % PEOPLE;
		int stakeholder = deal * STAKEHOLDERS + 3 + random.nextInt(STAKEHOLDERS - 3);
		return session.set("account", "a" + account)
			.set("deal", "a" + account + "-d" + deal)
			.set("from", "a" + account + "-p" + from)
			.set("to", "a" + account + "-p" + to)
			.set("stakeholder", "a" + account + "-p" + stakeholder)
			.set("page", random.nextInt(4))
			.set("strength", String.format(Locale.ROOT, "%.2f", 0.1 + 0.85 * random.nextDouble()))
			.set("attitude", ATTITUDES[random.nextInt(ATTITUDES.length)]);
	});

	ChainBuilder map = read(http("deal map").get("/api/v1/deals/#{deal}/map"));

	ChainBuilder paths = read(http("deal paths").get("/api/v1/deals/#{deal}/paths"));

	ChainBuilder people = read(http("people list").get("/api/v1/people?accountId=#{account}&size=50&page=#{page}"));

	ChainBuilder tie = write(http("put tie").put("/api/v1/relationships/KNOWS/#{from}/#{to}")
		.body(StringBody("{\"strength\":#{strength}}")));

	ChainBuilder stakeholder = write(http("put stakeholder").put("/api/v1/deals/#{deal}/stakeholders/#{stakeholder}")
		.body(StringBody("{\"roles\":[\"USER\"],\"attitude\":\"#{attitude}\"}")));

	static ChainBuilder read(HttpRequestActionBuilder request) {
		return group("read").on(exec(checked(request, 200)).exec((session) -> Outcomes.record(session, false)));
	}

	static ChainBuilder write(HttpRequestActionBuilder request) {
		return group("write").on(exec(checked(request, 200, 201)).exec((session) -> Outcomes.record(session, true)));
	}

	/** Notes status and time for {@link Outcomes}, and lets Gatling count what was refused. */
	static HttpRequestActionBuilder checked(HttpRequestActionBuilder request, Integer... expected) {
		return request.check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"),
				status().in(expected));
	}

	ScenarioBuilder mix = scenario("mix").exec(pick)
		.exec(randomSwitch().on(percent(30).then(map), percent(30).then(paths), percent(20).then(people),
				percent(10).then(tie), percent(10).then(stakeholder)));

	/**
	 * With {@code load.await-port}, waits until the instance accepts connections before
	 * the first arrival: the fresh-start step starts the generator together with the
	 * application.
	 */
	@Override
	public void before() {
		if (!Boolean.getBoolean("load.await-port")) {
			return;
		}
		java.net.URI uri = java.net.URI.create(BASE);
		long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < giveUp) {
			try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
				return;
			}
			catch (java.io.IOException ex) {
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
		throw new IllegalStateException(BASE + " never accepted a connection");
	}

	/** Prints the step's summary line, and writes it to {@code load.summary} when set. */
	@Override
	public void after() {
		String line = Outcomes.summary(RATE, SECONDS);
		System.out.println("SUMMARY | " + line);
		String file = System.getProperty("load.summary");
		if (file != null) {
			try {
				Outcomes.write(java.nio.file.Path.of(file), line);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}

	{
		if (KEY.isBlank()) {
			throw new IllegalArgumentException("set -Dload.key to an API key of the instance under test");
		}
		setUp(mix.injectOpen(constantUsersPerSec(RATE).during(SECONDS))).protocols(this.protocol);
	}

}
