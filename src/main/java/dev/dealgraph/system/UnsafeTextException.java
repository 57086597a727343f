package dev.dealgraph.system;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string holds characters that cannot be stored as sent. */
final class UnsafeTextException extends MismatchedInputException {

	enum Reason {

		UNPAIRED_SURROGATE("problem.field.unpaired-surrogate"), CONTROL_CHARACTER("problem.field.control-character");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		String code() {
			return this.code;
		}

	}

	private final Reason reason;

	UnsafeTextException(JsonParser parser, Reason reason) {
		super(parser, reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), String.class);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}
