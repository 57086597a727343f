package dev.dealgraph.importing.csv;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of CSV imports. The file itself is also bounded by
 * {@code dealgraph.api.max-body-size}.
 *
 * @param maxRows how many data rows one file may hold
 * @param maxKept how many imports are kept in memory for their progress and publish
 * @param keep how long an import is kept after it was last used
 */
@ConfigurationProperties("dealgraph.import.csv")
public record CsvSettings(@DefaultValue("200000") int maxRows, @DefaultValue("16") int maxKept,
		@DefaultValue("1h") Duration keep) {
}
