package dev.dealgraph.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.InvalidInputException;

/**
 * Refuses query parameters an endpoint does not take, so that nothing a caller sends is
 * silently ignored: a misspelt {@code maxhops} is a 400 naming it, not a default.
 */
final class QueryParameters {

	private QueryParameters() {
	}

	/**
	 * Checks the names of {@code given} against {@code known}; {@code refused} explains
	 * parameters that exist elsewhere but make no sense here.
	 */
	static void check(Collection<String> given, List<String> known, Map<String, String> refused) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String name : new TreeSet<>(given)) {
			if (refused.containsKey(name)) {
				problems.add(new FieldProblem(name, refused.get(name)));
			}
			else if (!known.contains(name)) {
				problems.add(new FieldProblem(name,
						"is not a parameter of this endpoint; it takes " + String.join(", ", known)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
