package dev.dealgraph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import dev.dealgraph.IntegrationTest;
import dev.dealgraph.system.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser as the running server answers it, through its security filters and Tomcat:
 * Tomcat turns a sendRedirect into an absolute URL made from the request's Host, so the
 * redirect is checked as bytes on the wire.
 */
@IntegrationTest
class BrowserServerTests {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedNeo4j neo4j;

	@Test
	void redirectToBrowserIsRelativeWhateverHostTheRequestNamed() throws IOException {
		for (String path : new String[] { "/browser/", "/browser" }) {
			String response = get(path, "127.0.0.1:" + this.port);
			assertThat(response).startsWith("HTTP/1.1 302");
			String location = response.lines()
				.filter((line) -> line.regionMatches(true, 0, "Location:", 0, 9))
				.findFirst()
				.orElseThrow()
				.substring(9)
				.strip();
			assertThat(location).startsWith("/browser/").doesNotContain("127.0.0.1:" + this.port);
		}
		assertThat(get("/browser/", "localhost:" + this.port)).contains(
				"/browser/?dbms=neo4j://neo4j@localhost:" + this.neo4j.boltPort() + "&preselectAuthMethod=NATIVE");
	}

	@Test
	void browserGetsTheStyleAndGuideWithoutAnyKey() throws IOException {
		for (String material : new String[] { "dealgraph.grass", "dealgraph.html", "queries/01-deal-map.cypher" }) {
			assertThat(get("/browser-guide/" + material, "localhost:" + this.port)).as(material)
				.startsWith("HTTP/1.1 200");
		}
		assertThat(get("/api/v1/deals", "localhost:" + this.port)).startsWith("HTTP/1.1 401");
	}

	/** A raw request, so the Host header is exactly what a client chose to send. */
	private String get(String path, String host) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
