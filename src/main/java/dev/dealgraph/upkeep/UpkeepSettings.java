package dev.dealgraph.upkeep;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How recorded contacts change the graph.
 *
 * @param newTieStrength the strength of the KNOWS tie an interaction creates when the two
 * had none: a first contact is a weak tie
 */
@ConfigurationProperties("dealgraph.upkeep")
public record UpkeepSettings(@DefaultValue("0.2") double newTieStrength) {

}
