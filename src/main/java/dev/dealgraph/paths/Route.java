package dev.dealgraph.paths;

import java.util.List;

import dev.dealgraph.paths.engine.ArcKind;
import org.jspecify.annotations.Nullable;

/**
 * One ranked path from one of our people to a target.
 *
 * @param rank 1 for the best
 * @param score product of hop strengths and the attitude factors of the people in between
 * @param hops number of hops
 * @param start the colleague the path starts from
 * @param steps each hop in order: the tie taken and whom it reaches
 * @param explanation the path as one sentence a seller can read aloud
 */
public record Route(int rank, double score, int hops, Individual start, List<Step> steps, String explanation) {

	/**
	 * One hop.
	 *
	 * @param tie KNOWS, INFLUENCES, REPORTS_TO_UP (to the manager) or REPORTS_TO_DOWN (to
	 * a report)
	 * @param strength strength of the tie as scored: after age, unless the request said
	 * {@code decay=false}
	 * @param to whom the hop reaches
	 * @param monthsSinceContact for a tie weakened by age, whole months since its last
	 * contact; null otherwise
	 */
	public record Step(ArcKind tie, float strength, Individual to, @Nullable Long monthsSinceContact) {

		public Step(ArcKind tie, float strength, Individual to) {
			this(tie, strength, to, null);
		}

	}

}
