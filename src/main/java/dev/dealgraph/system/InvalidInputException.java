package dev.dealgraph.system;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/** The request is well-formed but its content breaks the rules; nothing was written. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.size() + " invalid value(s): " + problems.get(0)
				+ (problems.size() > 1 ? " and " + (problems.size() - 1) + " more" : ""));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	/** One field's problem, said through a message code. */
	public InvalidInputException(String field, MessageSourceResolvable sentence) {
		this(List.of(new FieldProblem(field, sentence)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
