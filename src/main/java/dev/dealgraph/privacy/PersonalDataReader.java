package dev.dealgraph.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dealgraph.audit.AuditEntries;
import dev.dealgraph.audit.AuditEntry;
import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.deal.Deal;
import dev.dealgraph.deal.Deals;
import dev.dealgraph.deal.Stakeholder;
import dev.dealgraph.deal.Stakeholders;
import dev.dealgraph.person.Colleagues;
import dev.dealgraph.person.People;
import dev.dealgraph.person.Person;
import dev.dealgraph.privacy.PersonalData.DealFacts;
import dev.dealgraph.privacy.PersonalData.Hidden;
import dev.dealgraph.privacy.PersonalData.TieHeld;
import dev.dealgraph.relationship.Tie;
import dev.dealgraph.relationship.Ties;
import dev.dealgraph.relationship.TrustHistory;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.upkeep.Interaction;
import dev.dealgraph.upkeep.Interactions;
import dev.dealgraph.system.Visibility.Kind;

import org.springframework.stereotype.Service;

/**
 * Puts together everything held about one person from the owners' reads. The caller sees
 * only the ties, deals and audit entries whose other objects they may read; the rest is
 * counted.
 */
@Service
class PersonalDataReader {

	/** Audit entries shown per person: far more than any real history. */
	private static final int AUDIT_LIMIT = 1000;

	private final People people;

	private final Colleagues colleagues;

	private final Ties ties;

	private final Deals deals;

	private final Stakeholders stakeholders;

	private final AuditEntries entries;

	private final AuditLog audit;

	private final Visibility visibility;

	private final Interactions interactions;

	private final TrustHistory history;

	PersonalDataReader(People people, Colleagues colleagues, Ties ties, Deals deals, Stakeholders stakeholders,
			AuditEntries entries, AuditLog audit, Visibility visibility, Interactions interactions,
			TrustHistory history) {
		this.interactions = interactions;
		this.history = history;
		this.people = people;
		this.colleagues = colleagues;
		this.ties = ties;
		this.deals = deals;
		this.stakeholders = stakeholders;
		this.entries = entries;
		this.audit = audit;
		this.visibility = visibility;
	}

	/** Everything about the person, recorded in the audit as an export naming them. */
	PersonalData export(String id) {
		PersonalData data = read(id);
		this.audit.record(AuditLog.EXPORT, "person", id, null,
				Map.of("ties", data.ties().size(), "deals", data.deals().size()),
				java.util.Collections.singletonList(data.person().accountId()));
		return data;
	}

	private PersonalData read(String id) {
		Person person = this.people.get(id);
		boolean all = Callers.scope().all();
		Set<String> shown = new HashSet<>(Set.of(id));
		if (person.accountId() != null) {
			shown.add(person.accountId());
		}
		List<Tie> own = ties(id);
		Set<String> others = new HashSet<>();
		own.forEach((tie) -> others.add(other(tie, id)));
		Map<String, String> names = new HashMap<>();
		this.people.findAll(others).values().forEach((p) -> names.put(p.id(), p.name()));
		this.colleagues.findAll(others).values().forEach((c) -> names.put(c.id(), c.name()));
		List<TieHeld> tiesHeld = new ArrayList<>();
		for (Tie tie : own) {
			String other = other(tie, id);
			if (all || this.visibility.see(Kind.INDIVIDUAL, other).readable()) {
				tiesHeld.add(new TieHeld(tie, other, names.getOrDefault(other, other)));
				shown.add(other);
			}
		}
		List<Stakeholder> facts = this.stakeholders.ofPerson(id);
		Map<String, Deal> dealsById = this.deals.findAll(facts.stream().map(Stakeholder::dealId).toList());
		List<DealFacts> dealFacts = new ArrayList<>();
		for (Stakeholder fact : facts) {
			if (all || this.visibility.see(Kind.DEAL, fact.dealId()).readable()) {
				Deal deal = dealsById.get(fact.dealId());
				dealFacts.add(new DealFacts(fact.dealId(), (deal != null) ? deal.name() : null, fact));
				shown.add(fact.dealId());
			}
		}
		List<PersonalData.TrustHeld> trust = new ArrayList<>();
		List<String> partners = this.history.partners(id);
		Map<String, String> partnerNames = new HashMap<>(names);
		this.people.findAll(partners).values().forEach((p) -> partnerNames.put(p.id(), p.name()));
		this.colleagues.findAll(partners).values().forEach((c) -> partnerNames.put(c.id(), c.name()));
		for (String other : partners) {
			if (all || this.visibility.see(Kind.INDIVIDUAL, other).readable()) {
				trust.add(new PersonalData.TrustHeld(other, partnerNames.getOrDefault(other, other),
						this.history.of(id, other)));
			}
		}
		List<Interaction> contacts = this.interactions.withPerson(id);
		contacts.forEach((contact) -> shown.add(contact.id()));
		List<AuditEntry> naming = this.entries.naming(id, AUDIT_LIMIT);
		List<AuditEntry> auditShown = naming.stream()
			.filter((entry) -> all || shown.containsAll(entry.subjects()))
			.toList();
		return new PersonalData(person, tiesHeld, dealFacts, auditShown, contacts, trust, new Hidden(
				own.size() - tiesHeld.size(), facts.size() - dealFacts.size(), naming.size() - auditShown.size()));
	}

	/** Every tie to or from the person. */
	List<Tie> ties(String id) {
		List<String> ends = new ArrayList<>(this.ties.neighbours(List.of(id)));
		ends.add(id);
		return this.ties.among(ends).stream().filter((tie) -> tie.from().equals(id) || tie.to().equals(id)).toList();
	}

	private static String other(Tie tie, String id) {
		return tie.from().equals(id) ? tie.to() : tie.from();
	}

}
