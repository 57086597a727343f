package dev.dealgraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random HTTP port with the real embedded Neo4j, reached over
 * Bolt. Every class with this annotation shares one context, so one database per test
 * JVM; the database is emptied before each test (the schema and the admin the first start
 * created stay). Requests go as that admin unless they say otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dealgraph.demo-data=false", "dealgraph.embedded.bolt-port=0",
				"dealgraph.embedded.data-dir=target/neo4j-test/${random.uuid}", "dealgraph.embedded.page-cache=64m",
				// freshness of ties is judged on a fixed day, so the demo data ages the
				// same way in every run
				"dealgraph.assessment.as-of=2026-12-01", "dealgraph.decay.as-of=2026-12-01",
				// the suite's figures were worked out on ties as recorded; the tests of
				// decay ask for it per request (decay=true)
				"dealgraph.decay.by-default=false",
				// the suite sends thousands of requests with the one admin key;
				// access.RateLimitTests holds its own keys to a tight limit
				"dealgraph.access.rate-limit.requests-per-second=1000000" })
@AutoConfigureRestTestClient
@ExtendWith(CleanDatabase.class)
@Import(AdminKeyClient.class)
public @interface IntegrationTest {

}
