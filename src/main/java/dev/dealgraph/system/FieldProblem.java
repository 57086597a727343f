package dev.dealgraph.system;

/**
 * One thing wrong with a request, named by where it is ({@code relationships[3].to}).
 *
 * @param field the path of the offending value in the request
 * @param message what is wrong with it
 */
public record FieldProblem(String field, String message) {

	@Override
	public String toString() {
		return this.field + ": " + this.message;
	}

}
