package dev.dealgraph.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A next move as the rules choose it, before it is put in words.
 *
 * @param code what to do, the same in every language
 * @param personId whom it is about
 * @param weight how much it pays; higher first
 * @param viaId the colleague or person to go through, when there is one
 * @param details numbers or codes the sentence quotes
 */
record Move(String code, String personId, int weight, @Nullable String viaId, List<Object> details) {

	Move {
		details = List.copyOf(details);
	}

}
