package dev.dealgraph.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;

/** Plain HTTP with one key, so every request is sent exactly as written. */
final class MatrixHttp {

	/** One request of a cell. */
	record Req(String method, String uri, @Nullable String body) {

		static Req get(String uri) {
			return new Req("GET", uri, null);
		}

		static Req put(String uri, @Nullable String body) {
			return new Req("PUT", uri, body);
		}

		static Req post(String uri, String body) {
			return new Req("POST", uri, body);
		}

		static Req delete(String uri) {
			return new Req("DELETE", uri, null);
		}

		@Override
		public String toString() {
			return this.method + " " + this.uri + ((this.body != null) ? " " + abbreviated(this.body) : "");
		}

	}

	/** What came back. */
	record Answer(int status, String body) {

		@Override
		public String toString() {
			return this.status + " " + abbreviated(this.body);
		}

	}

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	MatrixHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	Answer send(String key, Req req) {
		HttpRequest.BodyPublisher body = (req.body() != null) ? HttpRequest.BodyPublishers.ofString(req.body())
				: HttpRequest.BodyPublishers.noBody();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + req.uri()))
			.method(req.method(), body)
			.header("Authorization", "Bearer " + key);
		if (req.body() != null) {
			// the CSV import reads files, every other body is JSON
			request.header("Content-Type", req.uri().contains("/import/csv") ? "text/csv" : "application/json");
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String abbreviated(String text) {
		return (text.length() <= 240) ? text : text.substring(0, 240) + "…";
	}

}
