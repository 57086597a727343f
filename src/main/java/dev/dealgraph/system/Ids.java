package dev.dealgraph.system;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Client-chosen ids: short, URL-safe, stable, so that imports can MERGE on them. */
public final class Ids {

	/**
	 * Up to 64 letters, digits, dots, underscores and hyphens, but not {@code .} or
	 * {@code ..}.
	 */
	public static final String REGEX = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,64}";

	/**
	 * A Bean Validation message key, resolved through the {@code i18n/problems} bundles.
	 */
	public static final String MESSAGE = "{problem.field.id}";

	private static final Pattern PATTERN = Pattern.compile(REGEX);

	private Ids() {
	}

	public static boolean valid(String id) {
		return PATTERN.matcher(id).matches();
	}

	/** Checks an id taken from a path or query. */
	public static String require(String field, String id) {
		if (!valid(id)) {
			throw new InvalidInputException(field, Sentences.of("problem.field.id"));
		}
		return id;
	}

	/** The id of a PUT: the path's, which a body may repeat but not contradict. */
	public static String fromPath(String pathId, @Nullable String bodyId) {
		require("id", pathId);
		if (bodyId != null && !bodyId.equals(pathId)) {
			throw new InvalidInputException("id", Sentences.of("problem.field.path-mismatch", bodyId, pathId));
		}
		return pathId;
	}

}
