package dev.dealgraph.browser;

import dev.dealgraph.system.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Browser is the application's only in embedded mode; an external server brings its own.
 */
class EmbeddedModeTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withBean(EmbeddedNeo4j.class, () -> mock(EmbeddedNeo4j.class))
		.withUserConfiguration(BrowserResources.class, BrowserController.class, BrowserGuideResources.class);

	@Test
	void embeddedModeServesBrowser() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(BrowserController.class)
			.hasSingleBean(BrowserResources.class));
	}

	@Test
	void externalNeo4jServesNoBrowserButStillTheStyleAndGuide() {
		this.runner.withPropertyValues("NEO4J_URI=neo4j://neo4j.example:7687")
			.run((context) -> assertThat(context).doesNotHaveBean(BrowserController.class)
				.doesNotHaveBean(BrowserResources.class)
				.hasSingleBean(BrowserGuideResources.class));
	}

}
