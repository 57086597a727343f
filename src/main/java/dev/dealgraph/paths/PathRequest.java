package dev.dealgraph.paths;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a caller asked for, before checking.
 *
 * @param k paths per target, or null for the default
 * @param maxHops hop limit, or null for the default
 * @param from {@code team}, {@code all}, or colleague ids; null for the default
 * @param to a person to reach instead of the decision-makers
 * @param avoid people no path may pass through
 * @param via a person every path must pass through
 * @param includeOpponents let opponents stand in between, heavily penalised
 * @param decay score ties by their effective strength after age, or as recorded; null for
 * the default ({@code dealgraph.decay.by-default})
 */
record PathRequest(@Nullable Integer k, @Nullable Integer maxHops, @Nullable List<String> from, @Nullable String to,
		List<String> avoid, @Nullable String via, boolean includeOpponents, @Nullable Boolean decay) {

	PathRequest(@Nullable Integer k, @Nullable Integer maxHops, @Nullable List<String> from, @Nullable String to,
			List<String> avoid, @Nullable String via, boolean includeOpponents) {
		this(k, maxHops, from, to, avoid, via, includeOpponents, null);
	}

}
