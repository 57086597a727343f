package dev.dealgraph.access;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each key's last-used time, at most once a minute per key and on a thread of its
 * own: a request never waits for this write.
 */
@Component
class KeyUse implements DisposableBean {

	private static final Log logger = LogFactory.getLog(KeyUse.class);

	private static final Duration EVERY = Duration.ofMinutes(1);

	private final Neo4jClient client;

	private final Map<String, Long> written = new ConcurrentHashMap<>();

	private final ExecutorService writer = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("key-use").daemon().factory());

	KeyUse(Neo4jClient client) {
		this.client = client;
	}

	void used(String keyId) {
		long now = System.nanoTime();
		boolean[] due = { false };
		this.written.compute(keyId, (id, last) -> {
			if (last != null && now - last < EVERY.toNanos()) {
				return last;
			}
			due[0] = true;
			return now;
		});
		if (!due[0]) {
			return;
		}
		this.writer.execute(() -> {
			try {
				this.client.query("MATCH (k:ApiKey {id: $id}) SET k.lastUsedAt = datetime()")
					.bind(keyId)
					.to("id")
					.run();
			}
			catch (RuntimeException ex) {
				logger.debug("Last use of key " + keyId + " not recorded: " + ex.getMessage());
			}
		});
	}

	@Override
	public void destroy() {
		this.writer.shutdownNow();
	}

}
