package dev.dealgraph.privacy;

import java.util.List;

import dev.dealgraph.audit.AuditEntry;
import dev.dealgraph.deal.Stakeholder;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Tie;
import dev.dealgraph.relationship.TrustChange;
import dev.dealgraph.upkeep.Interaction;
import org.jspecify.annotations.Nullable;

/**
 * Everything held about one person. Objects the caller may not read are not shown, only
 * counted, so an admin can give the complete answer.
 *
 * @param person their own facts
 * @param ties every tie to or from them, with the other end named
 * @param deals their facts in each deal
 * @param audit the audit entries that name them, newest first
 * @param interactions the contacts recorded with them that the caller may read, latest
 * first
 * @param trust the trust progression of each of their KNOWS ties, ended ones too, whose
 * other end the caller may read
 * @param hidden how many ties, deal facts and audit entries the caller may not see
 */
record PersonalData(Person person, List<TieHeld> ties, List<DealFacts> deals, List<AuditEntry> audit,
		List<Interaction> interactions, List<TrustHeld> trust, Hidden hidden) {

	/**
	 * The steps of one tie's trust progression.
	 *
	 * @param otherId the other end's id
	 * @param otherName the other end's name, or the id when they are gone
	 * @param changes every step, oldest first
	 */
	record TrustHeld(String otherId, String otherName, List<TrustChange> changes) {
	}

	/**
	 * One tie and who is at its other end.
	 *
	 * @param otherId the other end's id
	 * @param otherName the other end's name
	 */
	record TieHeld(Tie tie, String otherId, String otherName) {
	}

	/**
	 * The person's facts in one deal.
	 *
	 * @param dealName the deal's name
	 */
	record DealFacts(String dealId, @Nullable String dealName, Stakeholder facts) {
	}

	record Hidden(int ties, int deals, int auditEntries) {
	}

}
