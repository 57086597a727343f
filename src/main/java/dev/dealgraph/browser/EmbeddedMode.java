package dev.dealgraph.browser;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Browser is served only when the application runs Neo4j itself: with {@code NEO4J_URI}
 * set, that server has its own Browser.
 */
class EmbeddedMode implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty("NEO4J_URI"));
	}

}
