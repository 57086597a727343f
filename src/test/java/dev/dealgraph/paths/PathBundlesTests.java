package dev.dealgraph.paths;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Role;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The English and Chinese bundles of path answers say the same things. */
class PathBundlesTests {

	@Test
	void bothLanguagesHaveEveryKeyAndNothingElse() throws IOException {
		Properties english = load("i18n/paths.properties");
		Properties chinese = load("i18n/paths_zh_CN.properties");
		assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		for (Role role : Role.values()) {
			assertThat(english).containsKey("paths.role." + role.name());
		}
		for (Attitude attitude : Attitude.values()) {
			assertThat(english).containsKey("paths.person." + attitude.name());
		}
	}

	@Test
	void templatesHoldNoApostrophesForMessageFormatToSwallow() throws IOException {
		for (String bundle : Arrays.asList("i18n/paths.properties", "i18n/paths_zh_CN.properties")) {
			load(bundle).values().forEach((template) -> assertThat((String) template).doesNotContain("'"));
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
