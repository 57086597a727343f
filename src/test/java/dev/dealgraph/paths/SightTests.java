package dev.dealgraph.paths;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.deal.DealStatus;
import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stage;
import dev.dealgraph.deal.StakeholderFacts;
import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathGraphBuilder;
import dev.dealgraph.person.IndividualCard;
import dev.dealgraph.person.Side;
import dev.dealgraph.person.Temperament;
import dev.dealgraph.system.GraphChanges.Position;
import dev.dealgraph.system.Scope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of who reads whom, judged on a small snapshot: account grants, people at no
 * account, stakeholders of a deal the caller's own colleague is on, colleagues.
 */
class SightTests {

	static final PathSettings SETTINGS = new PathSettings(0.6f, 0.4f, 1f, 0.9f, 0.75f, 0.6f, 0.35f, 0.05f, 1f, 5, 50, 4,
			8, java.time.Duration.ofMillis(250));

	// amy (ours) on the deal at "north"; ann and bob work at "north", sam at "south" and
	// on
	// that deal, oli at "south" only, una at no account
	final Snapshot snapshot = snapshot(
			List.of(card("amy", Side.OURS, null), card("ann", Side.CUSTOMER, "north"),
					card("bob", Side.CUSTOMER, "north"), card("sam", Side.CUSTOMER, "south"),
					card("oli", Side.CUSTOMER, "south"), card("una", Side.OUTSIDE, null)),
			new DealFacts("deal", List.of("amy"), Map.of("ann", facts(Role.DECISION_MAKER), "sam", facts(Role.COACH)),
					new DealFacts.Summary("north", "Deal", Stage.DESIGN, null, null, DealStatus.OPEN)));

	@Test
	void aReaderOfAnAccountSeesItsPeopleItsDealsStakeholdersPeopleAtNoAccountAndColleagues() {
		Sight sight = Sight.of(this.snapshot, scope(Set.of("north"), null), SETTINGS);
		assertThat(readable(sight)).containsExactly("amy", "ann", "bob", "sam", "una");
		assertThat(sight.reads(this.snapshot.deals().get("deal"))).isTrue();
		assertThat(sight.readsAccount("south")).isFalse();
		assertThat(sight.factors()[this.snapshot.node("oli")]).isZero();
		assertThat(sight.factors()[this.snapshot.node("bob")]).isEqualTo(SETTINGS.unknown());
		assertThat(sight.factors()[this.snapshot.node("amy")]).isEqualTo(SETTINGS.colleague());
	}

	@Test
	void aUserLinkedToAColleagueSeesTheirDealsStakeholdersButNotTheRestOfTheAccount() {
		Sight linked = Sight.of(this.snapshot, scope(Set.of(), "amy"), SETTINGS);
		assertThat(readable(linked)).containsExactly("amy", "ann", "sam", "una");
		assertThat(linked.reads(this.snapshot.deals().get("deal"))).isTrue();
		assertThat(linked.readsAccount("north")).isFalse();
		Sight stranger = Sight.of(this.snapshot, scope(Set.of(), "bea"), SETTINGS);
		assertThat(readable(stranger)).containsExactly("amy", "una");
		assertThat(stranger.reads(this.snapshot.deals().get("deal"))).isFalse();
	}

	@Test
	void anAdminSeesEveryoneWithNothingMasked() {
		Sight sight = Sight.of(this.snapshot, Scope.ALL, SETTINGS);
		assertThat(sight.all()).isTrue();
		assertThat(readable(sight)).hasSize(6);
	}

	@Test
	void eachScopeIsJudgedOncePerStateAndTheLeastRecentlyUsedGoesFirst() {
		Scope north = scope(Set.of("north"), null);
		Sight first = this.snapshot.sight(north, SETTINGS);
		assertThat(this.snapshot.sight(scope(Set.of("north"), null), SETTINGS)).isSameAs(first);
		for (int i = 0; i < Sights.LIMIT; i++) {
			this.snapshot.sight(scope(Set.of("account-" + i), null), SETTINGS);
		}
		assertThat(this.snapshot.sight(north, SETTINGS)).isNotSameAs(first);
		assertThat(this.snapshot.seen(7).sight(north, SETTINGS)).isSameAs(this.snapshot.sight(north, SETTINGS));
	}

	private List<String> readable(Sight sight) {
		List<String> ids = new ArrayList<>();
		for (int node = 0; node < this.snapshot.graph().nodeCount(); node++) {
			if (sight.reads(node)) {
				ids.add(this.snapshot.graph().id(node));
			}
		}
		ids.sort(String::compareTo);
		return ids;
	}

	private static Scope scope(Set<String> readable, String colleagueId) {
		return new Scope(false, readable, Set.of(), Set.of(), colleagueId);
	}

	private static IndividualCard card(String id, Side side, String accountId) {
		return new IndividualCard(id, id, null, side, accountId, Temperament.UNKNOWN);
	}

	private static StakeholderFacts facts(Role role) {
		return new StakeholderFacts(List.of(role), Attitude.NEUTRAL, null);
	}

	private static Snapshot snapshot(List<IndividualCard> people, DealFacts deal) {
		PathGraphBuilder builder = PathGraph.builder(0.6f, 0.4f);
		List<Integer> handles = new ArrayList<>();
		people.forEach((card) -> handles.add(builder.node(card.id())));
		PathGraph graph = builder.build();
		IndividualCard[] cards = new IndividualCard[graph.nodeCount()];
		BitSet colleagues = new BitSet();
		for (int i = 0; i < people.size(); i++) {
			int node = builder.nodeOf(handles.get(i));
			cards[node] = people.get(i);
			colleagues.set(node, people.get(i).side() == Side.OURS);
		}
		return new Snapshot(graph, cards, colleagues, Map.of(deal.dealId(), deal), Map.of(), Position.NONE, 0,
				Instant.now(), 0, false, new ConcurrentLinkedQueue<>(), new Sights());
	}

}
