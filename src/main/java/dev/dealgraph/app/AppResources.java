package dev.dealgraph.app;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the planning page's files ({@code classpath:/app/}) and the libraries it draws
 * with, from their WebJars, under {@code /app/lib/}, so nothing loads from another host
 * and every answer under {@code /app/} carries {@link AppPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class AppResources implements WebMvcConfigurer {

	static final String APP = "/app/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(APP + "lib/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.noCache());
		registry.addResourceHandler(APP + "**")
			.addResourceLocations("classpath:/app/")
			.setCacheControl(CacheControl.noCache());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AppPolicy()).addPathPatterns("/app", APP, APP + "**");
	}

}
