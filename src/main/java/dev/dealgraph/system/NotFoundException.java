package dev.dealgraph.system;

import org.springframework.context.MessageSourceResolvable;

/** An id in the path names nothing. */
public class NotFoundException extends RuntimeException {

	private final MessageSourceResolvable sentence;

	public NotFoundException(String kind, String id) {
		this(Sentences.of("problem.not-found.detail", Sentences.noun(kind), id),
				"No " + kind + " with id '" + id + "'");
	}

	/** Not found, said through a message code. */
	public NotFoundException(MessageSourceResolvable sentence) {
		this(sentence, String.valueOf(sentence.getDefaultMessage()));
	}

	private NotFoundException(MessageSourceResolvable sentence, String message) {
		super(message);
		this.sentence = sentence;
	}

	public MessageSourceResolvable sentence() {
		return this.sentence;
	}

}
