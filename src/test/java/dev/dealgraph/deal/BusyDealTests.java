package dev.dealgraph.deal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen writers on one deal (stakeholder edits, deal edits and imports of the same
 * deal) while sixteen readers read its map: each write answers 2xx, or 409 with
 * Retry-After when the deal stayed busy past the lock timeout; nothing acknowledged is
 * lost, and reads keep answering.
 */
@IntegrationTest
class BusyDealTests {

	private static final int WRITERS = 16;

	private static final int READERS = 16;

	private static final int WRITES = 12;

	@Autowired
	RestTestClient http;

	@BeforeEach
	void oneDealWithSixteenPeople() {
		StringBuilder people = new StringBuilder();
		for (int i = 0; i < WRITERS; i++) {
			people.append((i == 0) ? "" : ",")
				.append("{\"id\":\"p")
				.append(i)
				.append("\",\"accountId\":\"acme\",\"name\":\"P")
				.append(i)
				.append("\"}");
		}
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"accounts":[{"id":"acme","name":"ACME"}],
					 "colleagues":[{"id":"amy","name":"Amy"}],
					 "people":[%s],
					 "deals":[{"id":"core","accountId":"acme","name":"Core","stage":"DESIGN","team":[{"colleagueId":"amy"}]}]}
					"""
				.formatted(people))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void everyWriteAnswersSuccessOrBusyAndTheAcknowledgedOnesAllLand() throws Exception {
		long before = version();
		readFor(READERS, new AtomicBoolean(true), 200);
		long alone = readFor(READERS, new AtomicBoolean(true), 200);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
		CountDownLatch start = new CountDownLatch(1);
		Map<Integer, String> lastConcerns = new ConcurrentHashMap<>();
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger versionMoves = new AtomicInteger();
		List<Future<?>> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.add(pool.submit(() -> {
				start.await();
				for (int n = 0; n < WRITES; n++) {
					String concerns = "w" + writer + "-" + n;
					EntityExchangeResult<String> result = write(writer, n, concerns);
					int status = result.getStatus().value();
					statuses.add(status);
					if (status == 409) {
						assertThat(result.getResponseHeaders().getFirst("Retry-After")).isNotBlank();
						assertThat(result.getResponseBody()).contains("urn:dealgraph:problem:conflict");
					}
					else if (status / 100 == 2) {
						// a deal edit moves the version once; an import writes the deal
						// and one fact
						versionMoves.addAndGet((writer == 14) ? 1 : (writer == 15) ? 2 : 1);
						if (writer != 14) {
							lastConcerns.put(writer, concerns);
						}
					}
				}
				return null;
			}));
		}
		AtomicBoolean writing = new AtomicBoolean(true);
		Future<Long> readers = pool.submit(() -> {
			start.await();
			return readFor(READERS, writing, Integer.MAX_VALUE);
		});
		start.countDown();
		for (Future<?> writer : writers) {
			writer.get();
		}
		writing.set(false);
		long busy = readers.get();
		pool.shutdown();

		assertThat(statuses).hasSize(WRITERS * WRITES).allMatch((s) -> s / 100 == 2 || s == 409);
		assertThat(version()).isEqualTo(before + versionMoves.get());
		for (Map.Entry<Integer, String> last : lastConcerns.entrySet()) {
			this.http.get()
				.uri("/api/v1/deals/core/stakeholders")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$[?(@.personId == 'p" + last.getKey() + "')].concerns")
				.isEqualTo(List.of(last.getValue()));
		}
		System.out.printf("BusyDealTests: map read mean %.1f ms alone, %.1f ms with %d writers; %d of %d writes busy%n",
				alone / 1e6, busy / 1e6, WRITERS, statuses.stream().filter((s) -> s == 409).count(), statuses.size());
	}

	/** Mean nanoseconds of map reads by these readers, each a 200, until told to stop. */
	private long readFor(int readers, AtomicBoolean going, int each) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		List<Future<long[]>> results = new ArrayList<>();
		for (int r = 0; r < readers; r++) {
			results.add(pool.submit(() -> {
				long total = 0;
				long count = 0;
				while (count < each && (going.get() || count == 0)) {
					long started = System.nanoTime();
					this.http.get().uri("/api/v1/deals/core/map").exchange().expectStatus().isOk();
					total += System.nanoTime() - started;
					count++;
					if (each != Integer.MAX_VALUE && count >= each / readers) {
						break;
					}
				}
				return new long[] { total, count };
			}));
		}
		long total = 0;
		long count = 0;
		for (Future<long[]> result : results) {
			total += result.get()[0];
			count += result.get()[1];
		}
		pool.shutdown();
		return total / count;
	}

	private EntityExchangeResult<String> write(int writer, int n, String concerns) {
		if (writer == 14) {
			return this.http.put()
				.uri("/api/v1/deals/core")
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"accountId\":\"acme\",\"name\":\"Core " + n
						+ "\",\"stage\":\"DESIGN\",\"team\":[{\"colleagueId\":\"amy\"}]}")
				.exchange()
				.expectBody(String.class)
				.returnResult();
		}
		if (writer == 15) {
			return this.http.post()
				.uri("/api/v1/import")
				.contentType(MediaType.APPLICATION_JSON)
				.body("""
						{"deals":[{"id":"core","accountId":"acme","name":"Core import %d","stage":"DESIGN","team":[{"colleagueId":"amy"}]}],
						 "stakeholders":[{"dealId":"core","personId":"p15","roles":["USER"],"attitude":"NEUTRAL","concerns":"%s"}]}
						"""
					.formatted(n, concerns))
				.exchange()
				.expectBody(String.class)
				.returnResult();
		}
		return this.http.put()
			.uri("/api/v1/deals/core/stakeholders/p{writer}", writer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"roles\":[\"USER\"],\"attitude\":\"NEUTRAL\",\"concerns\":\"" + concerns + "\"}")
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	private long version() {
		return Long.parseLong(this.http.get()
			.uri("/api/v1/deals/core")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders()
			.getETag()
			.replace("\"", ""));
	}

}
