package dev.dealgraph.assessment;

import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.paths.ReadModel;
import dev.dealgraph.paths.ReadView;

import org.springframework.stereotype.Component;

/**
 * Judges deals against the freshest state and remembers each judgement for as long as
 * that state is current: a state never changes, so neither does a judgement made from it,
 * and the pipeline of a thousand deals is judged once per change, not per request.
 * <p>
 * A judgement names people (reach, moves, flags), and what a caller is shown depends on
 * whom they may read: the memo is kept with the {@link ReadView}, which is one per state
 * and caller scope, so the memo's key is the state and the caller's visibility together,
 * and one caller's judgements are never handed to another who sees less.
 */
@Component
class Judgements {

	private final ReadModel model;

	private final AssessmentSettings settings;

	Judgements(ReadModel model, AssessmentSettings settings) {
		this.model = model;
		this.settings = settings;
	}

	/**
	 * What one view's judgements are: with every stakeholder's reach, or the deciders'
	 * only, and anything else worked out from it.
	 */
	private record Memo(Map<String, Judged> full, Map<String, Judged> light, Map<String, Object> derived) {

		Memo() {
			this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
		}

	}

	/** The freshest state, as the current caller sees it. */
	ReadView view() {
		return this.model.view();
	}

	/**
	 * The deal judged with every stakeholder's reach, as its own assessment shows it; a
	 * pipeline's judgement of the same deal is the same in flags and probability, which
	 * read the decision-makers' reach only.
	 */
	Judged judge(ReadView view, DealFacts facts) {
		return memo(view).full().computeIfAbsent(facts.dealId(), (id) -> judged(view, facts, true));
	}

	/**
	 * The deal judged for a list: flags and probability, the decision-makers' reach only.
	 */
	Judged judgeForList(ReadView view, DealFacts facts) {
		Memo memo = memo(view);
		Judged full = memo.full().get(facts.dealId());
		if (full != null) {
			return full;
		}
		return memo.light().computeIfAbsent(facts.dealId(), (id) -> judged(view, facts, false));
	}

	/**
	 * Anything else worked out from one view (an account's influence ranking, a deal's
	 * moves, a route's sentence), remembered under {@code key} with it.
	 */
	@SuppressWarnings("unchecked")
	<T> T remembered(ReadView view, String key, Supplier<T> compute) {
		return (T) memo(view).derived().computeIfAbsent(key, (k) -> compute.get());
	}

	private Judged judged(ReadView view, DealFacts facts, boolean everyone) {
		DealCase deal = DealCases.of(view, facts, this.settings, everyone);
		return new Judged(facts, deal, RedFlags.of(deal, this.settings), WinProbability.of(deal, this.settings));
	}

	private static Memo memo(ReadView view) {
		return view.kept(Memo.class, Memo::new);
	}

}
