package dev.dealgraph.access;

import dev.dealgraph.IntegrationTest;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context, shared by the tests of company tokens and of rate limits: Boot
 * builds the token decoder from the issuer's public key file, and every caller may send
 * three requests in fifty minutes. Setting up goes through the beans, not the API, so it
 * spends none of them.
 */
@IntegrationTest
abstract class CompanyIssuerContext {

	static final String ADMIN_TEAM = "dealgraph-admins";

	@DynamicPropertySource
	static void companyIssuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", CompanyIssuer::publicKeyLocation);
		registry.add("dealgraph.access.token-issuer", () -> CompanyIssuer.ISSUER);
		registry.add("dealgraph.access.admin-team", () -> ADMIN_TEAM);
		registry.add("dealgraph.access.rate-limit.requests-per-second", () -> "0.001");
		registry.add("dealgraph.access.rate-limit.refresh-period", () -> "50m");
	}

}
