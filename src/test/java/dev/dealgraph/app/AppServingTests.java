package dev.dealgraph.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning page as the running server answers it: its files, libraries and words
 * without any key, under its own policy; its data only with one.
 */
@IntegrationTest
class AppServingTests {

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void pageFilesAndLibrariesNeedNoKeyAndCarryThePagePolicy() throws Exception {
		for (String path : new String[] { "/app/", "/app/app.js", "/app/app.css",
				"/app/lib/cytoscape/3.33.1/dist/cytoscape.min.js", "/app/lib/echarts/5.3.1/dist/echarts.min.js" }) {
			HttpResponse<String> answer = get(path, "en");
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).contains(AppPolicy.POLICY);
		}
		assertThat(get("/app/", "en").body()).contains("<script type=\"module\" src=\"/app/app.js\">")
			.doesNotContain("http://")
			.doesNotContain("https://");
		assertThat(get("/app", "en").statusCode()).isEqualTo(302);
		assertThat(get("/api/v1/pipeline", "en").statusCode()).isEqualTo(401);
	}

	@Test
	void wordsFollowAcceptLanguage() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		var english = json.readTree(get("/app/messages", "en").body());
		var chinese = json.readTree(get("/app/messages", "zh-CN,zh;q=0.9").body());
		assertThat(english.get("app.deal.conflict").asString()).startsWith("Someone changed this deal");
		assertThat(chinese.get("app.deal.conflict").asString()).contains("已有人修改了此商机");
		assertThat(chinese.size()).isEqualTo(english.size()).isEqualTo(load("i18n/app.properties").size());
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(load("i18n/app_zh_CN.properties").keySet()).isEqualTo(load("i18n/app.properties").keySet());
	}

	private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", language)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(bundle).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
