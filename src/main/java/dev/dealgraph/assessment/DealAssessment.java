package dev.dealgraph.assessment;

import java.time.LocalDate;
import java.util.List;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.DealStatus;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Mode;
import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stage;
import dev.dealgraph.person.Temperament;
import org.jspecify.annotations.Nullable;

/**
 * A deal judged as a seasoned key-account manager would, every part explained in words.
 *
 * @param dealId the deal
 * @param name its name
 * @param accountId the account it is at
 * @param stage procurement stage
 * @param status open, won or lost
 * @param value expected value
 * @param currency ISO 4217 code
 * @param coverage who holds each deciding role
 * @param redFlags what threatens the deal, most severe first
 * @param powerMap every stakeholder by influence and attitude, with a priority
 * @param hiddenInfluencers people whose informal influence exceeds their standing
 * @param winProbability the stage's base rate moved by explained factors
 * @param nextActions what to do, best first
 * @param asOf the day freshness was judged on
 * @param decay whether ties were scored at the strength they have left after age
 * ({@code decay=false} scores them as recorded)
 * @param graphChange the change sequence the answer reflects
 */
public record DealAssessment(String dealId, String name, @Nullable String accountId, Stage stage, DealStatus status,
		@Nullable Long value, @Nullable String currency, List<RoleCoverage> coverage, List<RedFlag> redFlags,
		List<PowerMap.Entry> powerMap, List<HiddenInfluence.Person> hiddenInfluencers, Probability winProbability,
		List<Action> nextActions, LocalDate asOf, boolean decay, String graphChange) {

	/**
	 * @param role the role
	 * @param covered someone holds it and we know their attitude
	 * @param people who holds it
	 */
	public record RoleCoverage(Role role, boolean covered, List<Holder> people) {
	}

	/**
	 * @param id person id
	 * @param name display name
	 * @param roles every role they hold in this deal
	 * @param attitude attitude in this deal
	 * @param influence influence in this deal
	 * @param mode response mode in this deal
	 * @param temperament how they like to be worked with
	 * @param reach the best path from the deal team, null when out of reach
	 */
	public record Holder(String id, String name, List<Role> roles, Attitude attitude, @Nullable Influence influence,
			Mode mode, Temperament temperament, @Nullable ReachSummary reach) {
	}

	/**
	 * @param score the best path's score
	 * @param hops its hops
	 * @param fromId the colleague it starts from
	 * @param firstHopId whom that colleague approaches first
	 * @param firstHopName their name
	 */
	public record ReachSummary(double score, int hops, String fromId, String firstHopId, String firstHopName) {
	}

	/**
	 * @param code the flag, the same in every language
	 * @param severity HIGH, MEDIUM or LOW
	 * @param people ids of the people it is about
	 * @param message the flag in words
	 */
	public record RedFlag(String code, Severity severity, List<String> people, String message) {
	}

	/**
	 * @param base the stage's base rate
	 * @param value the probability after every factor, in [floor, ceiling]
	 * @param factors every factor that moved it
	 */
	public record Probability(double base, double value, List<ProbabilityFactor> factors) {
	}

	/**
	 * @param code the factor
	 * @param effect what it added to the log-odds
	 * @param people ids of the people it is about
	 * @param why the factor in words
	 */
	public record ProbabilityFactor(String code, double effect, List<String> people, String why) {
	}

	/**
	 * @param rank 1 for the move that pays most
	 * @param code what to do
	 * @param personId whom it is about
	 * @param viaId whom to go through, when there is someone
	 * @param temperament the temperament the text is phrased for
	 * @param text the move, phrased for the person's temperament
	 * @param why why it pays
	 */
	public record Action(int rank, String code, String personId, @Nullable String viaId, Temperament temperament,
			String text, String why) {
	}

}
