package dev.dealgraph.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@IntegrationTest
class SchemaMigrationsTests {

	static final String PROBE_MIGRATIONS = "classpath*:dev/dealgraph/system/probe-migrations/V*__*.cypher";

	@Autowired
	Neo4jClient client;

	@Autowired
	SchemaMigrations migrations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@AfterEach
	void forgetTheProbeMigration() {
		this.client.query("MATCH (m:SchemaMigration) WHERE m.version >= 9000 DELETE m").run();
		this.client.query("MATCH (n:MigrationProbe) DELETE n").run();
		this.client.query("DROP INDEX migration_probe_note IF EXISTS").run();
	}

	@AfterEach
	void restoreChecksums() {
		for (SchemaMigrations.Migration migration : SchemaMigrations.load()) {
			this.client.query("MATCH (m:SchemaMigration {version: $version}) SET m.checksum = $checksum")
				.bindAll(java.util.Map.of("version", migration.version(), "checksum", migration.checksum()))
				.run();
		}
	}

	@Test
	void everyMigrationIsRecordedOnceWithItsChecksum() {
		List<SchemaMigrations.Migration> files = SchemaMigrations.load();
		assertThat(files).isNotEmpty();
		this.migrations.apply();
		long recorded = this.client.query("MATCH (m:SchemaMigration) RETURN count(m)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(recorded).isEqualTo(files.size());
		List<String> constraints = List
			.copyOf(this.client.query("SHOW CONSTRAINTS YIELD name RETURN name").fetchAs(String.class).all());
		assertThat(constraints).contains("account_id", "person_id", "colleague_id", "deal_id");
	}

	@Test
	void startUpIsRefusedWhenAnAppliedMigrationWasEdited() {
		this.client.query("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = 'from-an-older-file'").run();
		assertThatIllegalStateException().isThrownBy(this.migrations::apply)
			.withMessageContaining("V1")
			.withMessageContaining("was edited after it was applied");
	}

	@Test
	void twoInstancesStartingTogetherApplyEachMigrationOnce() throws Exception {
		CountDownLatch bothThere = new CountDownLatch(2);
		List<String> waitedFor = new CopyOnWriteArrayList<>();
		SchemaMigrations.Steps steps = new SchemaMigrations.Steps() {
			@Override
			public void waiting(String holder) {
				waitedFor.add(holder);
				bothThere.countDown();
			}

			@Override
			public void applying(SchemaMigrations.Migration migration) {
				// hold whoever got here first until the other one is waiting for the
				// lease
				// or, without a lease, has come this far too
				bothThere.countDown();
				try {
					assertThat(bothThere.await(1, TimeUnit.MINUTES)).as("the other runner arrived").isTrue();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}
		};
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				SchemaMigrations runner = probeRunner(steps, Duration.ofMinutes(1));
				runs.add(threads.submit(() -> {
					start.await();
					runner.apply();
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(count("MATCH (n:MigrationProbe) RETURN count(n)")).isEqualTo(1);
		assertThat(count("MATCH (n:MigrationProbe {batched: true}) RETURN count(n)")).isEqualTo(1);
		assertThat(count("MATCH (m:SchemaMigration {version: 9001}) RETURN count(m)")).isEqualTo(1);
		assertThat(waitedFor).isNotEmpty();
		assertThat(lockOwner()).isNull();
	}

	@Test
	void aLeaseLeftByACrashedInstanceIsTakenOverOnceExpired() {
		holdLease("crashed-instance", "datetime() - duration('PT1M')");

		probeRunner(new SchemaMigrations.Steps() {
		}, Duration.ZERO).apply();

		assertThat(count("MATCH (n:MigrationProbe) RETURN count(n)")).isEqualTo(1);
		assertThat(lockOwner()).isNull();
	}

	@Test
	void aLiveLeaseOfAnotherInstanceIsWaitedForAndNothingIsAppliedWithoutIt() {
		holdLease("other-instance", "datetime() + duration('PT10M')");

		assertThatIllegalStateException().isThrownBy(probeRunner(new SchemaMigrations.Steps() {
		}, Duration.ZERO)::apply).withMessageContaining("held by other-instance");

		assertThat(count("MATCH (n:MigrationProbe) RETURN count(n)")).isZero();
		assertThat(count("MATCH (m:SchemaMigration {version: 9001}) RETURN count(m)")).isZero();
		assertThat(lockOwner()).isEqualTo("other-instance");
	}

	@Test
	void aRunnerWhoseLeaseWasTakenOverStopsBeforeRecordingTheMigration() {
		SchemaMigrations runner = probeRunner(new SchemaMigrations.Steps() {
			@Override
			public void applying(SchemaMigrations.Migration migration) {
				holdLease("usurper", "datetime() + duration('PT10M')");
			}
		}, Duration.ZERO);

		assertThatIllegalStateException().isThrownBy(runner::apply).withMessageContaining("taken over");

		assertThat(count("MATCH (m:SchemaMigration {version: 9001}) RETURN count(m)")).isZero();
		assertThat(lockOwner()).isEqualTo("usurper");
	}

	private SchemaMigrations probeRunner(SchemaMigrations.Steps steps, Duration maxWait) {
		return new SchemaMigrations(this.client, this.transactionManager,
				new SchemaMigrations.Options(PROBE_MIGRATIONS, Duration.ofMinutes(2), maxWait, steps));
	}

	private void holdLease(String owner, String expiry) {
		this.client.query("MERGE (l:SchemaMigrationLock {id: $id}) SET l.owner = $owner, l.expiresAt = " + expiry)
			.bindAll(Map.of("id", MigrationLease.LOCK_ID, "owner", owner))
			.run();
	}

	private @Nullable String lockOwner() {
		return this.client.query("MATCH (l:SchemaMigrationLock {id: $id}) RETURN l.owner")
			.bind(MigrationLease.LOCK_ID)
			.to("id")
			.fetchAs(String.class)
			.one()
			.orElse(null);
	}

	private long count(String query) {
		return this.client.query(query).fetchAs(Long.class).one().orElseThrow();
	}

}
