package dev.dealgraph.system;

import org.springframework.context.MessageSourceResolvable;

/**
 * This instance cannot answer from a state as fresh as asked yet (it is still loading, or
 * has not reached the change the request named); answered 503 with {@code Retry-After}.
 */
public class NotCaughtUpException extends RuntimeException {

	private final MessageSourceResolvable sentence;

	private final long retryAfterSeconds;

	public NotCaughtUpException(MessageSourceResolvable sentence, long retryAfterSeconds) {
		super(String.valueOf(sentence.getDefaultMessage()));
		this.sentence = sentence;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public MessageSourceResolvable sentence() {
		return this.sentence;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
