package dev.dealgraph.system;

import org.springframework.context.MessageSourceResolvable;

/** The caller may read the object but not do this to it. */
public class ForbiddenException extends RuntimeException {

	private final MessageSourceResolvable sentence;

	public ForbiddenException(MessageSourceResolvable sentence) {
		super(String.valueOf(sentence.getDefaultMessage()));
		this.sentence = sentence;
	}

	public MessageSourceResolvable sentence() {
		return this.sentence;
	}

}
