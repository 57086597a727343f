package dev.dealgraph.system;

import java.net.URI;

/** Stable identifiers of our problem types; clients may switch on them. */
public final class ProblemTypes {

	public static final URI VALIDATION = type("invalid-input");

	public static final URI MALFORMED = type("malformed-request");

	public static final URI NOT_FOUND = type("not-found");

	public static final URI CONFLICT = type("conflict");

	public static final URI TOO_LARGE = type("payload-too-large");

	public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");

	public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");

	public static final URI NOT_ACCEPTABLE = type("not-acceptable");

	public static final URI UNAVAILABLE = type("database-unavailable");

	public static final URI INTERNAL = type("internal-error");

	private ProblemTypes() {
	}

	private static URI type(String name) {
		return URI.create("urn:dealgraph:problem:" + name);
	}

}
