package dev.dealgraph.system;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The write contradicts what is stored: a stale version, or an id already taken. */
public class ConflictException extends RuntimeException {

	private final MessageSourceResolvable sentence;

	/** A conflict in these words, in every language. */
	public ConflictException(String message) {
		super(message);
		this.sentence = new DefaultMessageSourceResolvable(new String[0], message);
	}

	/** A conflict said through a message code. */
	public ConflictException(MessageSourceResolvable sentence) {
		super(String.valueOf(sentence.getDefaultMessage()));
		this.sentence = sentence;
	}

	public MessageSourceResolvable sentence() {
		return this.sentence;
	}

}
