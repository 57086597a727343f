package dev.dealgraph.system;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The write contradicts what is stored: a stale version, or an id already taken. */
public class ConflictException extends RuntimeException {

	private final MessageSourceResolvable sentence;

	private final List<FieldProblem> problems;

	/** A conflict in these words, in every language. */
	public ConflictException(String message) {
		super(message);
		this.sentence = new DefaultMessageSourceResolvable(new String[0], message);
		this.problems = List.of();
	}

	/** A conflict said through a message code. */
	public ConflictException(MessageSourceResolvable sentence) {
		this(sentence, List.of());
	}

	/** A conflict with stored items, each named by its field ({@code people[3].id}). */
	public ConflictException(MessageSourceResolvable sentence, List<FieldProblem> problems) {
		super(String.valueOf(sentence.getDefaultMessage()) + (problems.isEmpty() ? "" : " " + problems));
		this.sentence = sentence;
		this.problems = List.copyOf(problems);
	}

	public MessageSourceResolvable sentence() {
		return this.sentence;
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
