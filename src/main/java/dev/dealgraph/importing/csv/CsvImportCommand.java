package dev.dealgraph.importing.csv;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/import/csv} from the command line, against a running instance, so a
 * file goes through exactly the code the API runs: {@code --file=PATH}, optionally
 * {@code --url=} (default {@code http://127.0.0.1:8080}) and {@code --key=} or
 * {@code --key-file=} (default {@code data/admin.key}); every other {@code --name=value}
 * is a query parameter ({@code --kind=TIES --dryRun=true}). Prints the answer; exits 1
 * unless it is 2xx, 2 on a usage error.
 */
public final class CsvImportCommand {

	private CsvImportCommand() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		String url = "http://127.0.0.1:8080";
		String key = null;
		Path keyFile = Path.of("data/admin.key");
		Path file = null;
		List<String> query = new ArrayList<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				System.err.println("usage: --file=PATH [--url=URL] [--key=KEY|--key-file=PATH] [--name=value ...]");
				System.exit(2);
			}
			String name = arg.substring(2, equals);
			String value = arg.substring(equals + 1);
			switch (name) {
				case "url" -> url = value;
				case "key" -> key = value;
				case "key-file" -> keyFile = Path.of(value);
				case "file" -> file = Path.of(value);
				default -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		if (file == null) {
			System.err.println("--file=PATH is required");
			System.exit(2);
		}
		String secret = (key != null) ? key : Files.readString(keyFile).strip();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(url + "/api/v1/import/csv" + (query.isEmpty() ? "" : "?" + String.join("&", query))))
			.header("Authorization", "Bearer " + secret)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofFile(file))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		System.out.println(response.body());
		if (response.statusCode() / 100 != 2) {
			System.err.println("HTTP " + response.statusCode());
			System.exit(1);
		}
	}

}
