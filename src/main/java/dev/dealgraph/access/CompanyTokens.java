package dev.dealgraph.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;

/**
 * Checks of a company token beyond its signature and lifetime; Boot's token decoder, when
 * one is configured, adds every such bean to its own checks.
 */
@Configuration(proxyBeanMethods = false)
class CompanyTokens {

	/** The caller is known by the token's subject, so a token must name one. */
	@Bean
	OAuth2TokenValidator<Jwt> tokenNamesItsSubject() {
		return new JwtClaimValidator<String>(JwtClaimNames.SUB, (subject) -> subject != null && !subject.isBlank());
	}

	/**
	 * The issuer, for a decoder that checks none itself: Boot checks it with
	 * {@code issuer-uri}, but not with a {@code public-key-location}.
	 */
	@Bean
	@ConditionalOnProperty("dealgraph.access.token-issuer")
	OAuth2TokenValidator<Jwt> tokenFromOurIssuer(@Value("${dealgraph.access.token-issuer}") String issuer) {
		return new JwtIssuerValidator(issuer);
	}

}
