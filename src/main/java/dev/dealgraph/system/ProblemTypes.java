package dev.dealgraph.system;

import java.net.URI;

import org.springframework.http.HttpStatusCode;

/** Stable identifiers of our problem types; clients may switch on them. */
public final class ProblemTypes {

	static final String PREFIX = "urn:dealgraph:problem:";

	public static final URI VALIDATION = type("invalid-input");

	public static final URI MALFORMED = type("malformed-request");

	public static final URI NOT_FOUND = type("not-found");

	public static final URI UNAUTHORIZED = type("unauthorized");

	public static final URI FORBIDDEN = type("forbidden");

	public static final URI TOO_MANY_REQUESTS = type("too-many-requests");

	public static final URI CONFLICT = type("conflict");

	public static final URI TOO_LARGE = type("payload-too-large");

	public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");

	public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");

	public static final URI NOT_ACCEPTABLE = type("not-acceptable");

	public static final URI HEADERS_TOO_LARGE = type("headers-too-large");

	public static final URI URI_TOO_LONG = type("uri-too-long");

	public static final URI UNAVAILABLE = type("database-unavailable");

	public static final URI OVERLOADED = type("overloaded");

	public static final URI INTERNAL = type("internal-error");

	public static final URI NOT_CAUGHT_UP = type("not-caught-up");

	private ProblemTypes() {
	}

	/** The type of a problem known only by its status. */
	static URI forStatus(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> MALFORMED;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> CONFLICT;
			case 413 -> TOO_LARGE;
			case 414 -> URI_TOO_LONG;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 429 -> TOO_MANY_REQUESTS;
			case 431 -> HEADERS_TOO_LARGE;
			case 503 -> UNAVAILABLE;
			default -> (status.is4xxClientError()) ? MALFORMED : INTERNAL;
		};
	}

	/** {@code problem.not-found.title} for {@code urn:dealgraph:problem:not-found}. */
	static String titleCode(URI type) {
		return "problem." + type.toString().substring(PREFIX.length()) + ".title";
	}

	/** The detail said when nothing more specific is known. */
	static String detailCode(URI type) {
		return "problem." + type.toString().substring(PREFIX.length()) + ".default";
	}

	private static URI type(String name) {
		return URI.create(PREFIX + name);
	}

}
