package dev.dealgraph.access;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers are known.
 *
 * @param adminKeyFile where the first start writes the generated admin key, readable by
 * its owner only
 * @param allowedHosts the Host names this instance answers to (DNS rebinding gets
 * nowhere); {@code *} answers to any, behind a proxy that checks them
 * @param refresh how often changes made through other instances are picked up
 * @param teamsClaim the claim of a company token that lists the caller's team ids
 * @param adminTeam a team id in that claim that makes the caller an admin, if any
 */
@ConfigurationProperties("dealgraph.access")
public record AccessProperties(@DefaultValue("./data/admin.key") Path adminKeyFile, @DefaultValue( {
		"localhost", "127.0.0.1", "[::1]", "::1" }) List<String> allowedHosts, @DefaultValue("2s") Duration refresh,
		@DefaultValue("groups") String teamsClaim, @Nullable String adminTeam){

	boolean allowsHost(String host) {
		return this.allowedHosts.contains("*") || this.allowedHosts.stream().anyMatch(host::equalsIgnoreCase);
	}

}
