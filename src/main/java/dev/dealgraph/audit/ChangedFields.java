package dev.dealgraph.audit;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Reduces the properties of an object before and after a write to the fields that
 * changed, as plain JSON values. Internal markers ({@code _lock}, {@code created_}) and
 * anything named like a secret never reach the audit.
 */
final class ChangedFields {

	private static final Set<String> NEVER = Set.of("hash", "secret", "keyHash");

	private ChangedFields() {
	}

	/**
	 * The changed fields on each side: every field of a created or deleted object; null
	 * for the side that does not exist; two empty maps when nothing changed.
	 */
	static Sides of(@Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
		Map<String, @Nullable Object> was = plain(before);
		Map<String, @Nullable Object> is = plain(after);
		if (was == null || is == null) {
			return new Sides(was, is);
		}
		Map<String, @Nullable Object> changedBefore = new TreeMap<>();
		Map<String, @Nullable Object> changedAfter = new TreeMap<>();
		Set<String> keys = new TreeSet<>(was.keySet());
		keys.addAll(is.keySet());
		for (String key : keys) {
			if (!Objects.equals(was.get(key), is.get(key))) {
				changedBefore.put(key, was.get(key));
				changedAfter.put(key, is.get(key));
			}
		}
		return new Sides(changedBefore, changedAfter);
	}

	/**
	 * The two sides of one entry.
	 *
	 * @param before the changed fields as they were, null for a creation
	 * @param after the changed fields as they are, null for a deletion
	 */
	record Sides(@Nullable Map<String, @Nullable Object> before, @Nullable Map<String, @Nullable Object> after) {

		boolean unchanged() {
			return this.before != null && this.after != null && this.before.isEmpty() && this.after.isEmpty();
		}

	}

	private static @Nullable Map<String, @Nullable Object> plain(@Nullable Map<String, ?> fields) {
		if (fields == null) {
			return null;
		}
		Map<String, @Nullable Object> plain = new TreeMap<>();
		fields.forEach((key, value) -> {
			if (value != null && !key.startsWith("_") && !key.endsWith("_") && !NEVER.contains(key)) {
				plain.put(key, value(value));
			}
		});
		return plain;
	}

	/** Dates and times as ISO-8601 text, lists and maps item by item. */
	static @Nullable Object value(@Nullable Object value) {
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			List<@Nullable Object> items = new ArrayList<>();
			list.forEach((item) -> items.add(value(item)));
			return items;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> entries = new TreeMap<>();
			map.forEach((key, item) -> entries.put(String.valueOf(key), value(item)));
			return entries;
		}
		return value;
	}

}
