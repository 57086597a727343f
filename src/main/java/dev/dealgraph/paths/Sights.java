package dev.dealgraph.paths;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dealgraph.system.Scope;

/**
 * The sights of one state of the read model by scope, each worked out once: a caller's
 * requests after the first cost a lookup. Bounded, the least recently used going first,
 * since each sight holds an array the size of the graph; a state's sights go with it.
 */
final class Sights {

	static final int LIMIT = 16;

	private final Map<Scope, Sight> byScope = new LinkedHashMap<>(32, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Scope, Sight> eldest) {
			return size() > LIMIT;
		}

	};

	Sight of(Snapshot snapshot, Scope scope, PathSettings settings) {
		synchronized (this.byScope) {
			Sight known = this.byScope.get(scope);
			if (known != null) {
				return known;
			}
		}
		// worked out outside the lock, so one caller's first request holds up nobody
		// else's
		Sight made = Sight.of(snapshot, scope, settings);
		synchronized (this.byScope) {
			Sight raced = this.byScope.putIfAbsent(scope, made);
			return (raced != null) ? raced : made;
		}
	}

}
