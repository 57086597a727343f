package dev.dealgraph.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * OPTIONS is answered by Spring MVC alone, from its mappings ({@code Allow}) and CORS
 * settings. Where a handler sets no {@code Allow} (a CORS preflight, for one), Spring
 * would fall back to the servlet API's generic answer, which lists TRACE whenever the
 * request is wrapped (Spring Security wraps every one) because it then cannot ask Tomcat,
 * which refuses TRACE.
 */
@Configuration(proxyBeanMethods = false)
class OptionsAnswers {

	/** Boot's dispatcher with Boot's settings, but without that fallback. */
	@Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
	DispatcherServlet dispatcherServlet(WebMvcProperties mvc) {
		DispatcherServlet servlet = new MappedOptionsOnly();
		servlet.setDispatchOptionsRequest(true);
		servlet.setDispatchTraceRequest(mvc.isDispatchTraceRequest());
		servlet.setPublishEvents(mvc.isPublishRequestHandledEvents());
		servlet.setEnableLoggingRequestDetails(mvc.isLogRequestDetails());
		return servlet;
	}

	private static final class MappedOptionsOnly extends DispatcherServlet {

		@Override
		protected void doOptions(HttpServletRequest request, HttpServletResponse response)
				throws ServletException, IOException {
			processRequest(request, response);
		}

	}

}
