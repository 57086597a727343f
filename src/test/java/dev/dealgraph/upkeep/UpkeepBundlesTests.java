package dev.dealgraph.upkeep;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import dev.dealgraph.person.Temperament;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The English and Chinese upkeep bundles say the same things. */
class UpkeepBundlesTests {

	@Test
	void bothLanguagesHaveEveryKeyAndATouchForEveryTemperament() throws IOException {
		Properties english = load("i18n/upkeep.properties");
		Properties chinese = load("i18n/upkeep_zh_CN.properties");
		assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		for (Temperament temperament : Temperament.values()) {
			assertThat(english).containsKey("upkeep.touch." + temperament.name());
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
