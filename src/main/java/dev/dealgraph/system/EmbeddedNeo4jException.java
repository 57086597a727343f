package dev.dealgraph.system;

import org.jspecify.annotations.Nullable;

/** Start-up of the embedded database failed for a reason the user can fix. */
class EmbeddedNeo4jException extends RuntimeException {

	EmbeddedNeo4jException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
