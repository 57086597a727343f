package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dealgraph.account.Accounts;
import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.deal.DealStatus;
import dev.dealgraph.deal.StakeholderFacts;
import dev.dealgraph.paths.ReadModel;
import dev.dealgraph.paths.ReadView;
import dev.dealgraph.person.Colleagues;
import dev.dealgraph.person.IndividualCard;
import dev.dealgraph.person.People;
import dev.dealgraph.person.Person;
import dev.dealgraph.person.Side;
import dev.dealgraph.relationship.Decay;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieType;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.upkeep.Cadence.Judged;
import dev.dealgraph.upkeep.Cadence.Part;
import dev.dealgraph.upkeep.UpkeepAnswer.DealFollowUps;
import dev.dealgraph.upkeep.UpkeepAnswer.Due;
import dev.dealgraph.upkeep.UpkeepAnswer.Occasion;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The upkeep list of one colleague, from the path read model (their ties, the people's
 * cards and everyone's open deals, as the caller may see them) and the follow-ups
 * recorded in the graph.
 */
@Service
class Upkeep {

	private final ReadModel readModel;

	private final Colleagues colleagues;

	private final People people;

	private final Interactions interactions;

	private final Cadence cadence;

	private final Decay decay;

	private final MessageSource messages;

	private final Accounts accounts;

	private final int occasionDays;

	Upkeep(ReadModel readModel, Colleagues colleagues, People people, Interactions interactions,
			CadenceSettings settings, Decay decay, MessageSource messages, Accounts accounts,
			UpkeepSettings upkeepSettings) {
		this.readModel = readModel;
		this.colleagues = colleagues;
		this.people = people;
		this.accounts = accounts;
		this.occasionDays = upkeepSettings.occasionDays();
		this.interactions = interactions;
		this.cadence = new Cadence(settings);
		this.decay = decay;
		this.messages = messages;
	}

	UpkeepAnswer forColleague(String colleagueId, Locale locale) {
		if (this.colleagues.find(colleagueId).isEmpty()) {
			throw new NotFoundException("colleague", colleagueId);
		}
		ReadView view = this.readModel.view();
		LocalDate today = this.decay.today();
		Map<String, TieDetail> known = new HashMap<>();
		for (TieDetail tie : view.ties(colleagueId)) {
			String other = tie.other(colleagueId);
			if (tie.type() == TieType.KNOWS && view.individual(other).map((c) -> c.side() != Side.OURS).orElse(false)) {
				known.put(other, tie);
			}
		}
		Map<String, List<DealFacts>> openDeals = new HashMap<>();
		for (DealFacts deal : view.deals()) {
			if (deal.summary().status() != DealStatus.OPEN) {
				continue;
			}
			for (String personId : deal.stakeholders().keySet()) {
				if (known.containsKey(personId)) {
					openDeals.computeIfAbsent(personId, (id) -> new ArrayList<>()).add(deal);
				}
			}
		}
		Map<String, Integer> followUps = this.interactions.followUps(openDeals.keySet());
		List<Due> due = new ArrayList<>();
		Map<String, Judged> judged = new HashMap<>();
		Map<String, List<Part>> parts = new HashMap<>();
		for (Map.Entry<String, TieDetail> entry : known.entrySet()) {
			String personId = entry.getKey();
			List<Part> theirs = new ArrayList<>();
			for (DealFacts deal : openDeals.getOrDefault(personId, List.of())) {
				StakeholderFacts facts = deal.stakeholders().get(personId);
				theirs.add(new Part(deal.dealId(), deal.summary().stage(), facts.roles(), facts.influence(),
						followUps.getOrDefault(personId + "/" + deal.dealId(), 0)));
			}
			theirs.sort(Comparator.comparing(Part::dealId));
			Judged verdict = this.cadence.judge(entry.getValue().lastContact(), theirs, today);
			if (verdict != null) {
				judged.put(personId, verdict);
				parts.put(personId, theirs);
			}
		}
		Map<String, Person> records = this.people.findAll(judged.keySet());
		Touches touches = new Touches(this.messages, locale);
		for (Map.Entry<String, Judged> entry : judged.entrySet()) {
			String personId = entry.getKey();
			Judged verdict = entry.getValue();
			IndividualCard card = view.individual(personId).orElseThrow();
			Person person = records.get(personId);
			List<DealFollowUps> deals = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			for (Part part : parts.get(personId)) {
				boolean few = this.cadence.fewFollowUps(part);
				deals.add(new DealFollowUps(part.dealId(), part.stage(), part.roles(), part.followUps(), few));
				if (few) {
					notes.add(touches.fewFollowUps(card.name(), part.followUps(),
							view.deal(part.dealId()).map((d) -> d.summary().name()).orElse(part.dealId())));
				}
			}
			due.add(new Due(personId, card.name(), card.title(), card.accountId(), verdict.status(),
					known.get(personId).lastContact(), verdict.daysSince(), verdict.interval(),
					Math.round(verdict.cost() * 1000) / 1000.0, verdict.keyPlayer(), deals,
					touches.suggest(card, (person != null) ? person.interests() : List.of()), notes));
		}
		due.sort(Comparator.comparingDouble(Due::cost).reversed().thenComparing(Due::personId));
		List<Occasion> occasions = new Occasions(today, this.occasionDays).of(
				List.copyOf(this.people.withDays(known.keySet()).values()),
				List.copyOf(this.accounts.findAll(this.accounts.existing(accountsOf(colleagueId, view, known.values())))
					.values()),
				touches);
		return new UpkeepAnswer(colleagueId, today, due, view.position(), occasions);
	}

	/**
	 * The accounts of a colleague: where the people they know work, and where the deals
	 * they are on are; the caller's own view of them is judged by the caller.
	 */
	private static Set<String> accountsOf(String colleagueId, ReadView view, Collection<TieDetail> known) {
		Set<String> ids = new HashSet<>();
		for (TieDetail tie : known) {
			view.individual(tie.other(colleagueId))
				.map(IndividualCard::accountId)
				.filter((id) -> id != null)
				.ifPresent(ids::add);
		}
		for (DealFacts deal : view.deals()) {
			if (deal.team().contains(colleagueId) && deal.summary().accountId() != null) {
				ids.add(deal.summary().accountId());
			}
		}
		return ids;
	}

}
