package dev.dealgraph.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How every request is read: strict JSON bodies, strict parameters, and the language of
 * the answer. Web-slice tests pick this up as well, so they read requests the same way.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return StrictJson::configure;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new ProductLocales();
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		StrictParameters.register(registry);
	}

}
