package dev.dealgraph.paths;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Ready once the read model's first load is published ({@code readModel} in the readiness
 * group): until then path and assessment reads would only wait and answer 503, so a load
 * balancer should send them elsewhere. Liveness does not depend on it.
 */
@Component
class ReadModelHealthIndicator implements HealthIndicator {

	private final PathProjection projection;

	ReadModelHealthIndicator(PathProjection projection) {
		this.projection = projection;
	}

	@Override
	public Health health() {
		if (!this.projection.loaded()) {
			return Health.outOfService().withDetail("position", "loading").build();
		}
		return Health.up().withDetail("position", this.projection.position().toString()).build();
	}

}
