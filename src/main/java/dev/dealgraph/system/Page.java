package dev.dealgraph.system;

import java.util.List;

/**
 * One page of a list.
 *
 * @param <T> the item type
 * @param items the items on this page
 * @param page zero-based page number
 * @param size the page size asked for
 * @param totalItems how many items match in all
 * @param totalPages how many pages of this size there are
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

	public static final int MAX_SIZE = 200;

	public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
		return new Page<>(List.copyOf(items), page, size, totalItems, (totalItems + size - 1) / size);
	}

	/** Checks paging parameters from a request. */
	public static void check(int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
		}
	}

}
