package dev.dealgraph.importing;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class VerbatimTextTests {

	@Autowired
	RestTestClient http;

	@Test
	void cypherAndHtmlLookalikesAreStoredAndReturnedVerbatim() {
		String sneaky = "x' }) DETACH DELETE n // <script>alert('hi')</script> & \\\"quoted\\\"";
		roundTrips(sneaky);
	}

	@Test
	void cjkEmojiAndAccentedNamesRoundTripByteForByte() {
		roundTrips("王建国 María José Núñez 😀👩🏽‍💼 Ærøskøbing ñ ü ß 한국어 עברית");
	}

	private void roundTrips(String name) {
		String body = "{\"accounts\":[{\"id\":\"acme\",\"name\":\"" + name + "\",\"notes\":\"" + name + "\"}]}";
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk();
		byte[] returned = this.http.get()
			.uri("/api/v1/accounts/acme")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		String expected = "\"name\":\"" + name + "\"";
		assertThat(new String(returned, java.nio.charset.StandardCharsets.UTF_8)).contains(expected);
		assertThat(indexOf(returned, expected.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotNegative();
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
