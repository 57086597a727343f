package dev.dealgraph.privacy;

import java.util.List;
import java.util.Map;

import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.deal.Stakeholders;
import dev.dealgraph.person.People;
import dev.dealgraph.person.Person;
import dev.dealgraph.person.Suppressions;
import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Sentences;

import org.springframework.stereotype.Service;

/**
 * Erases a person on request, in one transaction: the person with their ties and deal
 * facts (the ordinary delete and its cascade, which also moves their deals' versions),
 * every trace of them in the audit and the change log, and a suppression that keeps them
 * from being stored again.
 */
@Service
class Erasure {

	private final GraphWrites writes;

	private final People people;

	private final Stakeholders stakeholders;

	private final PersonalDataReader reader;

	private final Suppressions suppressions;

	private final AuditLog audit;

	private final GraphChanges changes;

	Erasure(GraphWrites writes, People people, Stakeholders stakeholders, PersonalDataReader reader,
			Suppressions suppressions, AuditLog audit, GraphChanges changes) {
		this.writes = writes;
		this.people = people;
		this.stakeholders = stakeholders;
		this.reader = reader;
		this.suppressions = suppressions;
		this.audit = audit;
		this.changes = changes;
	}

	Erased erase(String id) {
		return this.writes.inTransaction(() -> {
			Person person = this.people.get(id);
			int ties = this.reader.ties(id).size();
			int facts = this.stakeholders.ofPerson(id).size();
			this.people.delete(id);
			String pseudonym = this.suppressions.pseudonym(id);
			long pseudonymised = this.audit.forget(id, pseudonym);
			this.suppressions.suppress(id, person.name(), person.accountId());
			// the change log named them too; followers that miss these entries reload all
			this.changes.forget(List.of(id));
			this.audit.record(AuditLog.ERASURE, "person", pseudonym, null,
					Map.of("people", 1, "ties", ties, "dealFacts", facts, "auditEntries", pseudonymised));
			return new Erased(pseudonym, 1, ties, facts, pseudonymised);
		});
	}

	/** Lets the person with this id be stored again. */
	void lift(String id) {
		this.writes.inTransaction(() -> {
			if (!this.suppressions.lift(id)) {
				throw new NotFoundException(Sentences.of("problem.not-found.suppression", id));
			}
			this.audit.record(AuditLog.DELETE, "suppression", this.suppressions.pseudonym(id),
					Map.of("suppressed", true), null);
		});
	}

}
