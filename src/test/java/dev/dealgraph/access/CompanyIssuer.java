package dev.dealgraph.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A company sign-in service made up for the tests: an RSA key pair generated per test JVM
 * whose public half the application reads from a file, and tokens signed with it (or with
 * a stranger's key).
 */
final class CompanyIssuer {

	static final String ISSUER = "https://login.example.com/dealgraph";

	private static final KeyPair OURS = generate();

	private static final KeyPair STRANGERS = generate();

	private static final Path PUBLIC_KEY = publish(OURS);

	private CompanyIssuer() {
	}

	/** Where the application reads the issuer's public key, as a resource location. */
	static String publicKeyLocation() {
		return PUBLIC_KEY.toUri().toString();
	}

	/** Claims of a token for the subject from our issuer, valid for ten more minutes. */
	static JWTClaimsSet.Builder claims(String subject) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().subject(subject)
			.issuer(ISSUER)
			.issueTime(Date.from(now.minusSeconds(60)))
			.expirationTime(Date.from(now.plusSeconds(600)));
	}

	static String signed(JWTClaimsSet.Builder claims) {
		return sign(claims.build(), OURS);
	}

	static String signedByAStranger(JWTClaimsSet.Builder claims) {
		return sign(claims.build(), STRANGERS);
	}

	private static String sign(JWTClaimsSet claims, KeyPair keys) {
		SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			token.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return token.serialize();
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path publish(KeyPair keys) {
		try {
			Path file = Files.createTempFile("company-issuer-", ".pem");
			file.toFile().deleteOnExit();
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			return Files.writeString(file, pem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
