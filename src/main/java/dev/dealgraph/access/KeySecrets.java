package dev.dealgraph.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key secrets: 256 random bits behind a recognisable prefix. Only their SHA-256 is
 * stored; a key this long cannot be guessed, so a slow password hash would buy nothing
 * and cost every request.
 */
final class KeySecrets {

	static final String PREFIX = "dgk_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeySecrets() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the bearer token is one of our keys rather than a company token. */
	static boolean isKey(String token) {
		return token.startsWith(PREFIX);
	}

	static String hash(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** A short random id for a key, shown in lists and the audit. */
	static String newId() {
		byte[] bytes = new byte[9];
		RANDOM.nextBytes(bytes);
		return "key-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('_', '.');
	}

}
