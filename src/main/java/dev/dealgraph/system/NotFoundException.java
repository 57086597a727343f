package dev.dealgraph.system;

/** An id in the path names nothing. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String id) {
		super("No " + kind + " with id '" + id + "'");
	}

}
