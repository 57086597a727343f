package dev.dealgraph.assessment;

import java.util.List;

/**
 * A red flag as the rules find it, before it is put in words.
 *
 * @param code the flag's code, the same in every language
 * @param severity how much it threatens the deal
 * @param people ids of the people it is about, in the order the message names them
 * @param details numbers the message quotes (a score, a count, days)
 */
public record Finding(String code, Severity severity, List<String> people, List<Object> details) {

	public Finding {
		people = List.copyOf(people);
		details = List.copyOf(details);
	}

	static Finding of(String code, Severity severity, List<String> people, Object... details) {
		return new Finding(code, severity, people, List.of(details));
	}

}
