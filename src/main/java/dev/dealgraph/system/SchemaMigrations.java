package dev.dealgraph.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the versioned Cypher files under {@code cypher/migrations} once each, in
 * version order, and records a checksum per file in the database. An applied file that
 * was edited afterwards stops start-up: released migrations are never changed, a new one
 * is added.
 * <p>
 * Instances starting together take turns through a {@link MigrationLease}: the holder
 * checks the checksums and applies what is missing while the others wait, then find
 * everything applied. Neo4j runs schema commands only in transactions of their own, so
 * the lease is not a transaction lock: each statement runs in its own auto-commit
 * transaction and the lease is renewed after each. A runner that dies leaves its lease to
 * expire and the next one re-runs the unrecorded file from its start, so every statement
 * must be safe to run twice ({@code IF NOT EXISTS}, {@code MERGE}).
 */
public class SchemaMigrations {

	static final String LOCATION = "classpath*:cypher/migrations/V*__*.cypher";

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private static final Log logger = LogFactory.getLog(SchemaMigrations.class);

	private static final Pattern BATCHED = Pattern.compile("\\bIN\\s+(\\d+\\s+)?(CONCURRENT\\s+)?TRANSACTIONS\\b",
			Pattern.CASE_INSENSITIVE);

	private final Neo4jClient client;

	private final MigrationLease lease;

	/** One statement's transaction, under the lease's timeout instead of a request's. */
	private final TransactionTemplate statements;

	private final Options options;

	public SchemaMigrations(Neo4jClient client, PlatformTransactionManager transactionManager) {
		this(client, transactionManager, Options.DEFAULTS);
	}

	SchemaMigrations(Neo4jClient client, PlatformTransactionManager transactionManager, Options options) {
		this.client = client;
		this.options = options;
		this.lease = new MigrationLease(client, transactionManager, owner(), options.lease());
		this.statements = new TransactionTemplate(transactionManager);
		this.statements.setTimeout((int) Math.max(1, options.lease().toSeconds()));
	}

	record Migration(int version, String description, String checksum, List<String> statements) {
	}

	/**
	 * Where the files are and how long to hold and wait for the lease.
	 *
	 * @param location resource pattern of the migration files
	 * @param lease how long a claim holds without renewal; longer than any one statement
	 * @param maxWait how long to wait for another instance's lease before giving up
	 * @param steps told what the runner does, for tests
	 */
	record Options(String location, Duration lease, Duration maxWait, Steps steps) {

		static final Options DEFAULTS = new Options(LOCATION, Duration.ofMinutes(2), Duration.ofMinutes(5),
				new Steps() {
				});

	}

	/** What a runner does, in order; tests hold a runner at a step. */
	interface Steps {

		default void waiting(String holder) {
		}

		default void applying(Migration migration) {
		}

	}

	public void apply() {
		ensureConstraint("schema_migration_version", "CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
				+ "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE");
		ensureConstraint("schema_migration_lock_id", "CREATE CONSTRAINT schema_migration_lock_id IF NOT EXISTS "
				+ "FOR (l:SchemaMigrationLock) REQUIRE l.id IS UNIQUE");
		List<Migration> migrations = load(this.options.location());
		claim();
		try {
			for (Migration migration : migrations) {
				applyOnce(migration);
			}
		}
		finally {
			this.lease.release();
		}
	}

	private void applyOnce(Migration migration) {
		Optional<String> applied = this.client
			.query("MATCH (m:SchemaMigration {version: $version}) RETURN m.checksum AS checksum")
			.bind(migration.version())
			.to("version")
			.fetchAs(String.class)
			.one();
		if (applied.isPresent()) {
			if (!applied.get().equals(migration.checksum())) {
				throw new IllegalStateException("Migration V" + migration.version() + " (" + migration.description()
						+ ") was edited after it was applied to this database (checksum " + applied.get()
						+ ", file now " + migration.checksum()
						+ "). Restore the file and add a new migration instead.");
			}
			return;
		}
		this.options.steps().applying(migration);
		for (String statement : migration.statements()) {
			run(statement);
			this.lease.renew();
		}
		this.client
			.query("MERGE (m:SchemaMigration {version: $version}) "
					+ "ON CREATE SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()")
			.bindAll(Map.of("version", migration.version(), "description", migration.description(), "checksum",
					migration.checksum()))
			.run();
		logger.info("Applied migration V" + migration.version() + " " + migration.description());
	}

	/**
	 * Runs one statement of a migration in its own transaction, which may take as long as
	 * the lease holds: the database's default timeout is a request's (seconds), too short
	 * for an index or a relabelling on a busy machine. A statement that commits in
	 * batches of its own ({@code CALL ... IN TRANSACTIONS}) must run outside a
	 * transaction.
	 */
	private void run(String statement) {
		if (BATCHED.matcher(statement).find()) {
			this.client.query(statement).run();
			return;
		}
		this.statements.executeWithoutResult((status) -> this.client.query(statement).run());
	}

	private void claim() {
		long deadline = System.nanoTime() + this.options.maxWait().toNanos();
		long pause = 100;
		while (true) {
			Optional<String> holder = this.lease.tryClaim();
			if (holder.isEmpty()) {
				return;
			}
			if (System.nanoTime() - deadline >= 0) {
				throw new IllegalStateException("Schema migrations are held by " + holder.get() + "; gave up after "
						+ this.options.maxWait() + ". If that instance is gone, its lease expires by itself.");
			}
			logger.info("Waiting for schema migrations held by " + holder.get());
			this.options.steps().waiting(holder.get());
			try {
				Thread.sleep(pause);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for schema migrations", ex);
			}
			pause = Math.min(pause * 2, 2000);
		}
	}

	/** Instances starting together may race to create it; either way it must exist. */
	private void ensureConstraint(String name, String statement) {
		try {
			this.client.query(statement).run();
		}
		catch (RuntimeException ex) {
			boolean exists = this.client.query("SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN count(*) > 0")
				.bind(name)
				.to("name")
				.fetchAs(Boolean.class)
				.one()
				.orElse(false);
			if (!exists) {
				throw ex;
			}
		}
	}

	static List<Migration> load() {
		return load(LOCATION);
	}

	static List<Migration> load(String location) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher name = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
				if (!name.matches()) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					migrations.add(new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '),
							sha256(text), CypherStatements.split(text)));
				}
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("Two migrations share version " + migrations.get(i).version());
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read migrations from " + location, ex);
		}
	}

	private static String owner() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			host = "unknown-host";
		}
		return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
