package dev.dealgraph.system;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Sentences for people, by message code: the bundles under {@code i18n/} say them in
 * English and Simplified Chinese. Arguments may be sentences themselves (a noun, say).
 */
public final class Sentences {

	private Sentences() {
	}

	/**
	 * The sentence {@code code} with these arguments; the code stands in if no bundle has
	 * it.
	 */
	public static MessageSourceResolvable of(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments, code);
	}

	/**
	 * A noun such as {@code person}, from {@code noun.person}; the word itself otherwise.
	 */
	public static MessageSourceResolvable noun(String noun) {
		return new DefaultMessageSourceResolvable(new String[] { "noun." + noun }, null, noun);
	}

}
