package dev.dealgraph.system;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem straight to the response, for the places in front of Spring MVC
 * (filters, Tomcat's own error report) where no exception handler runs.
 */
final class ProblemWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemWriter() {
	}

	static ProblemDetail problem(MessageSource messages, Locale locale, HttpStatus status, URI type,
			MessageSourceResolvable detail) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(type);
		problem.setTitle(messages.getMessage(ProblemTypes.titleCode(type), null, status.getReasonPhrase(), locale));
		problem.setDetail(messages.getMessage(detail, locale));
		return problem;
	}

	static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		SecurityHeaders.problem(response);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		byte[] body = json(problem, request.getRequestURI()).getBytes(StandardCharsets.UTF_8);
		// a whole, sized answer: a client still sending its body reads it to the end
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	static String json(ProblemDetail problem, String path) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", String.valueOf(problem.getTitle()));
		body.put("status", problem.getStatus());
		body.put("detail", String.valueOf(problem.getDetail()));
		body.put("instance", safePath(path));
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return JSON.writeValueAsString(body);
	}

	/** The path as a URI reference even when the request's own path is not one. */
	static String safePath(String path) {
		StringBuilder safe = new StringBuilder();
		for (char c : path.toCharArray()) {
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "/-._~%".indexOf(c) >= 0) {
				safe.append(c);
			}
			else {
				for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
					safe.append('%').append(String.format("%02X", b));
				}
			}
		}
		return safe.toString();
	}

}
