package dev.dealgraph.assessment;

import java.util.List;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Role;

/**
 * Who holds each role that decides a deal. A champion counts as a coach; approvers are
 * reported too.
 */
final class Coverage {

	static final List<Role> REPORTED = List.of(Role.DECISION_MAKER, Role.COACH, Role.TECHNICAL_GATEKEEPER, Role.USER,
			Role.APPROVER);

	private Coverage() {
	}

	static List<Player> holders(DealCase deal, Role role) {
		return deal.players().stream().filter((p) -> (role == Role.COACH) ? p.coaches() : p.has(role)).toList();
	}

	/** Someone holds the role and we know where they stand. */
	static boolean covered(DealCase deal, Role role) {
		return holders(deal, role).stream().anyMatch((p) -> p.attitude() != Attitude.UNKNOWN);
	}

	/**
	 * For the win probability: the role is held, and everyone holding it has a known
	 * attitude and is not against us. So adding a supporter never uncovers a role, and
	 * turning a holder against us, or adding another decision-maker, never covers one.
	 */
	static boolean secured(DealCase deal, Role role) {
		List<Player> holders = holders(deal, role);
		return !holders.isEmpty() && holders.stream().allMatch((p) -> p.attitude() != Attitude.UNKNOWN && !p.against());
	}

}
