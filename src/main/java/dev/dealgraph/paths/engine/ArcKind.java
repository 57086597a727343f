package dev.dealgraph.paths.engine;

/**
 * The tie an arc of a {@link PathGraph} came from. When two ties join the same ordered
 * pair, the stronger one wins; on equal strength the lower code wins.
 */
public enum ArcKind {

	KNOWS, INFLUENCES, REPORTS_TO_UP, REPORTS_TO_DOWN;

	private static final ArcKind[] BY_CODE = values();

	public byte code() {
		return (byte) ordinal();
	}

	public static ArcKind of(byte code) {
		return BY_CODE[code];
	}

}
