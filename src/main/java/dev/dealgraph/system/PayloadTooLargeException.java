package dev.dealgraph.system;

/** The request body is larger than {@code dealgraph.api.max-body-size}. */
public class PayloadTooLargeException extends RuntimeException {

	private final long limit;

	public PayloadTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return this.limit;
	}

}
