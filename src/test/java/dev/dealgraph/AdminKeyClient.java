package dev.dealgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dealgraph.access.AccessProperties;

import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;

/**
 * Tests call the API as the admin the first start created, reading its key from the data
 * directory as a user would; a request that sets its own {@code Authorization} keeps it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AdminKeyClient {

	public static String adminKey(ApplicationContext context) {
		Path file = context.getBean(AccessProperties.class).adminKeyFile();
		try {
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Bean
	RestTestClientBuilderCustomizer asAdmin(ApplicationContext context) {
		return (builder) -> builder.requestInterceptor((request, body, execution) -> {
			if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
				request.getHeaders().setBearerAuth(adminKey(context));
			}
			return execution.execute(request, body);
		});
	}

}
