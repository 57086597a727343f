package dev.dealgraph.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.paths.ReadModel;
import dev.dealgraph.paths.ReadView;
import dev.dealgraph.upkeep.FollowUps;

import org.springframework.stereotype.Component;

/**
 * Judges deals against the freshest state and remembers each judgement for as long as
 * that state is current: a state never changes, so neither does a judgement made from it,
 * and the pipeline of a thousand deals is judged once per change, not per request.
 * <p>
 * A judgement names people (reach, moves, flags), and what a caller is shown depends on
 * whom they may read: the memo is kept with the {@link ReadView}, which is one per state
 * and caller scope, so the memo's key is the state and the caller's visibility together,
 * and one caller's judgements are never handed to another who sees less. Judgements with
 * ties aged and as recorded are kept apart.
 * <p>
 * The contacts recorded on each deal ({@link FollowUps}) are the one thing read from the
 * database: once per deal and state, in one round trip for a whole list. Recording a
 * contact moves the tie's last contact, so it makes a new state, and the counts are read
 * again with it.
 */
@Component
class Judgements {

	private final ReadModel model;

	private final AssessmentSettings settings;

	private final FollowUps followUps;

	Judgements(ReadModel model, AssessmentSettings settings, FollowUps followUps) {
		this.model = model;
		this.settings = settings;
		this.followUps = followUps;
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

	/** One view's memos, with ties aged and as recorded, and the contacts per deal. */
	private record Memos(Memo aged, Memo recorded, Map<String, DealCase.Contacts> contacts) {

		Memos() {
			this(new Memo(), new Memo(), new ConcurrentHashMap<>());
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
	Judged judge(ReadView view, DealFacts facts, boolean aged) {
		return memo(view, aged).full().computeIfAbsent(facts.dealId(), (id) -> judged(view, facts, true, aged));
	}

	/**
	 * The deal judged for a list: flags and probability, the decision-makers' reach only.
	 */
	Judged judgeForList(ReadView view, DealFacts facts, boolean aged) {
		Memo memo = memo(view, aged);
		Judged full = memo.full().get(facts.dealId());
		if (full != null) {
			return full;
		}
		return memo.light().computeIfAbsent(facts.dealId(), (id) -> judged(view, facts, false, aged));
	}

	/**
	 * Reads the contacts recorded on these deals in one round trip, for the judgements of
	 * a list to come.
	 */
	void readContacts(ReadView view, Collection<DealFacts> deals) {
		Map<String, DealCase.Contacts> known = view.kept(Memos.class, Memos::new).contacts();
		List<String> missing = deals.stream().map(DealFacts::dealId).filter((id) -> !known.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			int minimum = this.followUps.minimum();
			Map<String, DealFacts> byId = new HashMap<>();
			deals.forEach((facts) -> byId.put(facts.dealId(), facts));
			this.followUps.onDeals(missing)
				.forEach((id, counts) -> known.putIfAbsent(id, new DealCase.Contacts(counts, minimum,
						this.followUps.keyPlayerDays(byId.get(id).summary().stage()))));
		}
	}

	/**
	 * Anything else worked out from one view (an account's influence ranking, a deal's
	 * moves, a route's sentence), remembered under {@code key} with it.
	 */
	@SuppressWarnings("unchecked")
	<T> T remembered(ReadView view, boolean aged, String key, Supplier<T> compute) {
		return (T) memo(view, aged).derived().computeIfAbsent(key, (k) -> compute.get());
	}

	private Judged judged(ReadView view, DealFacts facts, boolean everyone, boolean aged) {
		DealCase deal = DealCases.of(view, facts, this.settings, everyone, aged, contacts(view, facts));
		return new Judged(facts, deal, RedFlags.of(deal, this.settings), WinProbability.of(deal, this.settings));
	}

	private DealCase.Contacts contacts(ReadView view, DealFacts facts) {
		Map<String, DealCase.Contacts> known = view.kept(Memos.class, Memos::new).contacts();
		DealCase.Contacts contacts = known.get(facts.dealId());
		if (contacts == null) {
			readContacts(view, List.of(facts));
			contacts = known.get(facts.dealId());
		}
		return contacts;
	}

	private static Memo memo(ReadView view, boolean aged) {
		Memos memos = view.kept(Memos.class, Memos::new);
		return aged ? memos.aged() : memos.recorded();
	}

}
