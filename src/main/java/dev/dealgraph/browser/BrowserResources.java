package dev.dealgraph.browser;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser's static files (the {@code org.neo4j.client:neo4j-browser} jar
 * holds them under {@code browser/}) at {@code /browser/}, kept on this machine by
 * {@link LocalOnlyPolicy}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMode.class)
class BrowserResources implements WebMvcConfigurer {

	static final String BROWSER = "/browser/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// index.html keeps its name across Browser versions, so clients revalidate
		registry.addResourceHandler(BROWSER + "**")
			.addResourceLocations("classpath:/browser/")
			.setCacheControl(CacheControl.noCache());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LocalOnlyPolicy()).addPathPatterns("/browser", BROWSER, BROWSER + "**");
	}

}
