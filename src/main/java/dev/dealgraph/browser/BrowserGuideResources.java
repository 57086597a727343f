package dev.dealgraph.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the dealgraph style, guide and saved queries ({@code cypher/browser/}) at
 * {@code /browser-guide/}, in embedded and external mode alike: any Neo4j Browser can
 * {@code :style} and {@code :play} them from here.
 */
@Configuration(proxyBeanMethods = false)
class BrowserGuideResources implements WebMvcConfigurer {

	static final String GUIDE = "/browser-guide/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(GUIDE + "**")
			.addResourceLocations("classpath:/cypher/browser/")
			.setCacheControl(CacheControl.noCache());
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		// Browser fetches these from http://localhost:<port>, also when Browser itself
		// came
		// from elsewhere: 127.0.0.1 here, or an external server's own port
		registry.addMapping(GUIDE + "**").allowedOrigins("*").allowedMethods("GET");
	}

}
