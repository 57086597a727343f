package dev.dealgraph.system;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * One thing wrong with a request, named by where it is ({@code relationships[3].to}).
 *
 * @param field the path of the offending value in the request; never translated
 * @param message what is wrong with it, in the request's language once resolved
 * @param sentence the message code and arguments to resolve it from, when it has one
 */
public record FieldProblem(String field, String message, @JsonIgnore @Nullable MessageSourceResolvable sentence) {

	public FieldProblem(String field, String message) {
		this(field, message, null);
	}

	/** A problem said through a message code, resolved in the request's language. */
	public FieldProblem(String field, MessageSourceResolvable sentence) {
		this(field, String.valueOf(sentence.getDefaultMessage()), sentence);
	}

	@Override
	public String toString() {
		return this.field + ": " + this.message;
	}

}
