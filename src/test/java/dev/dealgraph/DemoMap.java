package dev.dealgraph;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The demo map, imported through the API as a new user's first start does. */
public final class DemoMap {

	private DemoMap() {
	}

	public static void load(RestTestClient http) {
		try {
			http.post()
				.uri("/api/v1/import")
				.contentType(MediaType.APPLICATION_JSON)
				.body(new ClassPathResource("cypher/demo/demo-map.json").getContentAsByteArray())
				.exchange()
				.expectStatus()
				.isOk();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
