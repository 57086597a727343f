package dev.dealgraph.assessment;

import java.util.List;

/**
 * One factor of the win probability, before it is put in words.
 *
 * @param code the factor's code, the same in every language
 * @param effect what it adds to the log-odds
 * @param people ids of the people it is about
 * @param details numbers the explanation quotes
 */
public record Factor(String code, double effect, List<String> people, List<Object> details) {

	public Factor {
		people = List.copyOf(people);
		details = List.copyOf(details);
	}

}
