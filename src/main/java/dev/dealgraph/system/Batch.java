package dev.dealgraph.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Field paths and shared rules for checking a batch of items before it is written: an
 * import names {@code people[3].accountId}, a single resource just {@code accountId}.
 */
public final class Batch {

	private Batch() {
	}

	/** Where item {@code index} sits: {@code people[3]}, or nothing for a lone item. */
	public static String at(String prefix, int index) {
		return prefix.isEmpty() ? "" : prefix + "[" + index + "]";
	}

	/** A field of the item at {@code at}. */
	public static String field(String at, String field) {
		return at.isEmpty() ? field : at + "." + field;
	}

	/** Reports every item whose key an earlier item in the list already had. */
	public static <T> void unique(String prefix, List<T> items, Function<T, String> key, List<FieldProblem> problems) {
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String id = key.apply(items.get(i));
			Integer earlier = seen.putIfAbsent(id, i);
			if (earlier != null) {
				problems.add(new FieldProblem(at(prefix, i),
						Sentences.of("problem.field.duplicate-id", id, at(prefix, earlier))));
			}
		}
	}

	/** Reports a reference to an id that is neither stored nor in the same batch. */
	public static void refer(String field, @Nullable String id, Set<String> known, String noun,
			List<FieldProblem> problems) {
		if (id != null && !known.contains(id)) {
			problems.add(
					new FieldProblem(field, Sentences.of("problem.field.unknown-reference", Sentences.noun(noun), id)));
		}
	}

	/** The ids among {@code wanted} that are stored or in {@code alsoKnown}. */
	public static Set<String> known(Collection<String> alsoKnown, Collection<String> wanted,
			Function<Collection<String>, Set<String>> stored) {
		Set<String> known = new java.util.HashSet<>(alsoKnown);
		List<String> missing = wanted.stream().filter((id) -> id != null && !known.contains(id)).distinct().toList();
		known.addAll(stored.apply(missing));
		return known;
	}

	/** Throws the problems, if any, so nothing is written. */
	public static void reject(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
