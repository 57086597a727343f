package dev.dealgraph.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.dealgraph.deal.Influence;
import dev.dealgraph.relationship.TieDetail;
import org.jspecify.annotations.Nullable;

/**
 * Informal influence in an account: a PageRank over "who sways whom". A person who
 * INFLUENCES someone sways them with the tie's strength; a manager sways each direct
 * report with {@link #REPORTS_TO_SWAY}. Each person's standing flows, split in proportion
 * to those weights, to the people who sway them; with damping 0.85, so standing comes
 * from swaying people who are themselves swayed-after. Scores are scaled so the account's
 * average is 1.
 */
final class HiddenInfluence {

	static final double DAMPING = 0.85;

	static final double REPORTS_TO_SWAY = 0.5;

	private static final int ROUNDS = 50;

	/**
	 * Someone whose informal standing is well above what their title and stated influence
	 * say.
	 *
	 * @param personId the person
	 * @param name display name
	 * @param title job title
	 * @param statedInfluence influence in this deal, or null when not on it
	 * @param centrality informal influence, the account's average being 1
	 * @param rank place among the account's people by centrality, 1 first
	 * @param of how many people of the account were ranked
	 * @param reason ABOVE_MANAGER (more informal influence than the person they report
	 * to) or ABOVE_STATED (stated influence not high and no senior title)
	 * @param managerId the manager they outrank, for ABOVE_MANAGER
	 * @param managerCentrality that manager's centrality
	 * @param sways whom they sway directly, by id, with the weight
	 * @param why the finding in words; filled in when the answer is put in words
	 */
	record Person(String personId, String name, @Nullable String title, @Nullable Influence statedInfluence,
			double centrality, int rank, int of, String reason, @Nullable String managerId,
			@Nullable Double managerCentrality, Map<String, Double> sways, String why) {

		Person explained(String text) {
			return new Person(this.personId, this.name, this.title, this.statedInfluence, this.centrality, this.rank,
					this.of, this.reason, this.managerId, this.managerCentrality, this.sways, text);
		}

	}

	/** A person of the account with what the rule compares. */
	record Member(String id, String name, @Nullable String title, @Nullable Influence stated) {
	}

	private HiddenInfluence() {
	}

	/**
	 * Ranks the members by informal influence and returns those at or above {@code ratio}
	 * × average whose stated influence is not high and whose title is not senior (chief,
	 * vice president, head, director, general counsel, president).
	 */
	static List<Person> of(List<Member> members, List<TieDetail> ties, double ratio) {
		int n = members.size();
		if (n == 0) {
			return List.of();
		}
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(members.get(i).id(), i);
		}
		// swayedBy.get(v): who sways v and how much
		List<Map<Integer, Double>> swayedBy = new ArrayList<>();
		List<Set<Integer>> managers = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			swayedBy.add(new HashMap<>());
			managers.add(new HashSet<>());
		}
		for (TieDetail tie : ties) {
			Integer from = index.get(tie.from());
			Integer to = index.get(tie.to());
			if (from == null || to == null || from.equals(to)) {
				continue;
			}
			switch (tie.type()) {
				case INFLUENCES -> swayedBy.get(to).merge(from, (double) tie.strength(), Double::sum);
				case REPORTS_TO -> {
					swayedBy.get(from).merge(to, REPORTS_TO_SWAY, Double::sum);
					managers.get(from).add(to);
				}
				default -> {
				}
			}
		}
		double[] rank = new double[n];
		Arrays.fill(rank, 1.0 / n);
		double[] totals = new double[n];
		for (int v = 0; v < n; v++) {
			totals[v] = swayedBy.get(v).values().stream().mapToDouble(Double::doubleValue).sum();
		}
		for (int round = 0; round < ROUNDS; round++) {
			double[] next = new double[n];
			double dangling = 0;
			for (int v = 0; v < n; v++) {
				double total = totals[v];
				if (total == 0) {
					dangling += rank[v];
					continue;
				}
				for (Map.Entry<Integer, Double> e : swayedBy.get(v).entrySet()) {
					next[e.getKey()] += DAMPING * rank[v] * e.getValue() / total;
				}
			}
			for (int v = 0; v < n; v++) {
				next[v] += (1 - DAMPING) / n + DAMPING * dangling / n;
			}
			rank = next;
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		double[] scores = rank;
		Arrays.sort(order,
				Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing((i) -> members.get(i).id()));
		List<Person> hidden = new ArrayList<>();
		for (int place = 0; place < n; place++) {
			int v = order[place];
			double centrality = scores[v] * n;
			Member m = members.get(v);
			if (centrality < ratio) {
				continue;
			}
			// outranks every manager they report to: informal power above the formal line
			int manager = -1;
			for (Map.Entry<Integer, Double> e : swayedBy.get(v).entrySet()) {
				if (managers.get(v).contains(e.getKey()) && (manager < 0 || scores[e.getKey()] > scores[manager])) {
					manager = e.getKey();
				}
			}
			boolean aboveManager = manager >= 0 && scores[v] > scores[manager];
			boolean aboveStated = m.stated() != Influence.HIGH && !senior(m.title());
			if (!aboveManager && !aboveStated) {
				continue;
			}
			Map<String, Double> sways = new TreeMap<>();
			for (int w = 0; w < n; w++) {
				Double weight = swayedBy.get(w).get(v);
				if (weight != null) {
					sways.put(members.get(w).id(), weight);
				}
			}
			hidden.add(new Person(m.id(), m.name(), m.title(), m.stated(), round(centrality), place + 1, n,
					aboveManager ? "ABOVE_MANAGER" : "ABOVE_STATED", aboveManager ? members.get(manager).id() : null,
					aboveManager ? round(scores[manager] * n) : null, sways, ""));
		}
		return hidden;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	static boolean senior(@Nullable String title) {
		if (title == null) {
			return false;
		}
		String t = title.toLowerCase(Locale.ROOT);
		return t.contains("chief") || t.contains("vice president") || t.matches(".*\\bvp\\b.*") || t.contains("head of")
				|| t.contains("director") || t.contains("general counsel") || t.contains("president");
	}

}
