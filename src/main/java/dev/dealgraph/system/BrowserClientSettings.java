package dev.dealgraph.system;

import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.SettingsDeclaration;
import org.neo4j.graphdb.config.Setting;

/**
 * The client settings Neo4j Browser reads through {@code dbms.clientConfig()}. A Neo4j
 * server declares them in its HTTP module, which the embedded database leaves out, so we
 * declare them here (found through {@code META-INF/services}). Sales data is sensitive:
 * Browser makes no outgoing connections and sends no usage statistics.
 */
public final class BrowserClientSettings implements SettingsDeclaration {

	public static final Setting<Boolean> allow_outgoing_connections = SettingImpl
		.newBuilder("browser.allow_outgoing_connections", SettingValueParsers.BOOL, false)
		.build();

	public static final Setting<Boolean> allow_telemetry = SettingImpl
		.newBuilder("client.allow_telemetry", SettingValueParsers.BOOL, false)
		.build();

	public static final Setting<String> post_connect_cmd = SettingImpl
		.newBuilder("browser.post_connect_cmd", SettingValueParsers.STRING, "")
		.build();

}
