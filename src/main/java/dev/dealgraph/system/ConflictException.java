package dev.dealgraph.system;

/** The write contradicts what is stored: a stale version, or an id already taken. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
