package dev.dealgraph.system;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that reach the servlet container's error page (a filter's or Tomcat's own) as
 * problems too, instead of Boot's {@code {"status":999}} or an HTML page. Asked for
 * directly, {@code /error} is simply not found.
 */
@RestController
class ProblemErrorController implements ErrorController {

	private static final Log log = LogFactory.getLog(ProblemErrorController.class);

	private final MessageSource messages;

	ProblemErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
		// an error dispatch passes no header writer of the security filter chain
		SecurityHeaders.problem(response);
		HttpStatus status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)
				? HttpStatus.resolve(code) : null;
		if (status == null || status.value() < 400) {
			status = HttpStatus.NOT_FOUND;
		}
		var type = ProblemTypes.forStatus(status);
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemWriter.problem(this.messages, locale, status, type,
				Sentences.of(ProblemTypes.detailCode(type)));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		problem.setInstance(java.net.URI.create(ProblemWriter.safePath((uri != null) ? uri.toString() : "/error")));
		if (status.is5xxServerError()) {
			log.error("Request failed before reaching a controller",
					(Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		}
		else {
			log.debug("Client error " + status.value() + " before reaching a controller");
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
