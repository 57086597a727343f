package dev.dealgraph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A hash over every node and relationship with its labels, type and properties: equal
 * before and after a request exactly when the request wrote nothing. A key's last use is
 * left out, since every request with it moves that time.
 */
public final class GraphFingerprint {

	private GraphFingerprint() {
	}

	public static String of(Neo4jClient client) {
		return of(client, "");
	}

	/** The same without the nodes of one label (and their relationships). */
	public static String of(Neo4jClient client, String ignoredLabel) {
		List<String> lines = new ArrayList<>();
		client
			.query("MATCH (n) WHERE NOT $ignored IN labels(n) RETURN labels(n) AS labels, properties(n) AS properties")
			.bind(ignoredLabel)
			.to("ignored")
			.fetch()
			.all()
			.forEach((row) -> lines.add("N " + sorted(row.get("labels")) + " " + properties(row)));
		client.query("""
				MATCH (a)-[r]->(b) WHERE NOT $ignored IN labels(a) AND NOT $ignored IN labels(b)
				RETURN labels(a) AS fromLabels, a.id AS fromId, type(r) AS type, properties(r) AS properties,
				       labels(b) AS toLabels, b.id AS toId""")
			.bind(ignoredLabel)
			.to("ignored")
			.fetch()
			.all()
			.forEach((row) -> lines.add("R " + sorted(row.get("fromLabels")) + row.get("fromId") + " " + row.get("type")
					+ " " + properties(row) + " " + sorted(row.get("toLabels")) + row.get("toId")));
		lines.sort(null);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			lines.forEach((line) -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return lines.size() + ":" + HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String properties(Map<String, Object> row) {
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = new TreeMap<>((Map<String, Object>) row.get("properties"));
		if (String.valueOf(row.get("labels")).contains("ApiKey")) {
			properties.remove("lastUsedAt");
		}
		return properties.toString();
	}

	private static String sorted(Object labels) {
		List<String> list = new ArrayList<>();
		((Iterable<?>) labels).forEach((label) -> list.add(String.valueOf(label)));
		list.sort(null);
		return list.toString();
	}

}
