package dev.dealgraph.upkeep;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How recorded contacts change the graph.
 *
 * @param newTieStrength the strength of the KNOWS tie an interaction creates when the two
 * had none: a first contact is a weak tie
 * @param occasionDays how many days ahead the upkeep list and the calendar feed show
 * birthdays, work anniversaries and account events
 */
@ConfigurationProperties("dealgraph.upkeep")
public record UpkeepSettings(@DefaultValue("0.2") double newTieStrength, @DefaultValue("30") int occasionDays) {

	public UpkeepSettings {
		if (occasionDays < 0 || occasionDays > 366) {
			throw new IllegalArgumentException("dealgraph.upkeep.occasion-days must be between 0 and 366");
		}
	}

}
