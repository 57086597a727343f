package dev.dealgraph.paths;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.Supplier;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.person.IndividualCard;
import dev.dealgraph.person.Side;
import dev.dealgraph.system.Scope;
import dev.dealgraph.system.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * What one caller sees of one state of the read model: the rules of {@link Visibility},
 * judged on the snapshot instead of the database. Everyone the caller may not read is
 * absent: their node factor is 0, so no path runs through them (as an excluded opponent),
 * and the {@link ReadView} made from this sight never names them.
 * <p>
 * Judging from the snapshot is exact, and safe: the rules read only a person's account, a
 * deal's account, team and stakeholders, all of which the snapshot holds and every write
 * that changes them logs, while the grants come with the caller. The snapshot judged is
 * the very one the answer is made from, so an answer can only show what the caller could
 * read in the state it shows, even while that state trails a write made through another
 * instance; a request needs no round trip for its access check.
 */
final class Sight {

	private final Scope scope;

	/** Nodes the caller may not read; null when they read everyone. */
	private final @Nullable BitSet hidden;

	private final float[] factors;

	private volatile @Nullable ReadView view;

	private Sight(Scope scope, @Nullable BitSet hidden, float[] factors) {
		this.scope = scope;
		this.hidden = hidden;
		this.factors = factors;
	}

	/**
	 * The caller reads a person at no account or at an account granted to them, and every
	 * stakeholder of a deal they read; colleagues are everyone's.
	 */
	static Sight of(Snapshot snapshot, Scope scope, PathSettings settings) {
		int n = snapshot.graph().nodeCount();
		float[] factors = new float[n];
		Arrays.fill(factors, settings.unknown());
		snapshot.colleagues().stream().forEach((node) -> factors[node] = settings.colleague());
		if (scope.all()) {
			return new Sight(scope, null, factors);
		}
		BitSet hidden = new BitSet(n);
		IndividualCard[] cards = snapshot.cards();
		for (int v = 0; v < n; v++) {
			String account = cards[v].accountId();
			if (cards[v].side() != Side.OURS && account != null && !scope.readable().contains(account)) {
				hidden.set(v);
			}
		}
		if (!hidden.isEmpty()) {
			for (DealFacts deal : snapshot.deals().values()) {
				if (reads(scope, deal)) {
					for (String id : deal.stakeholders().keySet()) {
						int node = snapshot.node(id);
						if (node >= 0) {
							hidden.clear(node);
						}
					}
				}
			}
		}
		hidden.stream().forEach((node) -> factors[node] = 0f);
		return new Sight(scope, hidden, factors);
	}

	/**
	 * A deal at an account granted to the caller, or one their own colleague is on, as
	 * {@link Visibility#deal(String)} says.
	 */
	static boolean reads(Scope scope, DealFacts deal) {
		String account = deal.summary().accountId();
		return scope.all() || (account != null && scope.readable().contains(account))
				|| (scope.colleagueId() != null && deal.team().contains(scope.colleagueId()));
	}

	boolean reads(DealFacts deal) {
		return reads(this.scope, deal);
	}

	/** Whether the caller may read the person or colleague at {@code node}. */
	boolean reads(int node) {
		return this.hidden == null || !this.hidden.get(node);
	}

	boolean readsAccount(String accountId) {
		return this.scope.all() || this.scope.readable().contains(accountId);
	}

	/** Whether the caller reads everyone, so nothing needs masking. */
	boolean all() {
		return this.hidden == null;
	}

	/**
	 * Each node's factor as an intermediate before any deal's attitudes: unknown, a
	 * colleague's, or 0 for the hidden. Shared by every request: copy before changing.
	 */
	float[] factors() {
		return this.factors;
	}

	/** The state as this caller reads it, made once and shared by their requests. */
	ReadView view(Supplier<ReadView> make) {
		ReadView made = this.view;
		if (made == null) {
			synchronized (this) {
				made = this.view;
				if (made == null) {
					made = make.get();
					this.view = made;
				}
			}
		}
		return made;
	}

}
