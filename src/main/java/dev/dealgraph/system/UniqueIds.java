package dev.dealgraph.system;

import org.neo4j.driver.exceptions.ClientException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Recognises Neo4j refusing a write because a uniqueness constraint holds: the database,
 * not a read before the write, is what keeps two writers from taking one id.
 */
public final class UniqueIds {

	private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private UniqueIds() {
	}

	public static boolean violated(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ClientException client && CONSTRAINT_FAILED.equals(client.code())) {
				return true;
			}
			// Spring Data Neo4j translates the refusal into this
			if (cause instanceof DataIntegrityViolationException) {
				return true;
			}
		}
		return false;
	}

}
