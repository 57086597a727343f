package dev.dealgraph.system;

import java.util.Map;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document tells clients what the API really answers. */
@IntegrationTest
class ApiDocumentationTests {

	@LocalServerPort
	int port;

	@Test
	void documentNamesTheApiAndItsProblems() throws Exception {
		var response = RequestEdgeTests.RawResponse.send(this.port, "GET", "/v3/api-docs", "", Map.of());
		assertThat(response.status()).isEqualTo(200);
		JsonNode doc = HostileInputTests.json().readTree(response.body());
		assertThat(doc.at("/info/title").asString()).isEqualTo("dealgraph API");
		assertThat(doc.at("/info/version").asString()).isEqualTo("v1");
		assertThat(doc.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title", "status",
				"detail", "instance", "errors");
		assertThat(doc.at("/components/schemas/Problem/properties/errors/items/properties").propertyNames())
			.contains("field", "message");
		assertThat(response.body()).doesNotContain("*/*");

		JsonNode create = doc.at("/paths/~1api~1v1~1accounts/post/responses");
		assertThat(create.propertyNames()).contains("201", "400", "409", "413", "415", "503").doesNotContain("200");
		assertThat(create.at("/201/content").propertyNames()).containsExactly("application/json");
		assertThat(create.at("/409/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(doc.at("/paths/~1api~1v1~1accounts~1{id}/put/responses").propertyNames()).contains("200", "201");
		assertThat(doc.at("/paths/~1api~1v1~1accounts~1{id}/get/responses").propertyNames()).contains("200", "404",
				"503");
		assertThat(doc.at("/paths/~1api~1v1~1import/post/responses").propertyNames()).contains("200", "400", "413");
	}

}
