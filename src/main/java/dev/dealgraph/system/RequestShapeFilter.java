package dev.dealgraph.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, requests whose shape the application would
 * otherwise misread: {@code ;} path parameters (which Spring strips silently), a query
 * that is not percent-encoded UTF-8, and a wildcard {@code Content-Type}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestShapeFilter extends OncePerRequestFilter {

	private static final Log log = LogFactory.getLog(RequestShapeFilter.class);

	private static final String QUERY = "problem.malformed-request.query";

	private final MessageSource messages;

	RequestShapeFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refusal = refusal(request);
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		log.debug("Refused " + refusal + " for " + ProblemWriter.safePath(request.getRequestURI()));
		boolean media = refusal.startsWith("problem.unsupported-media-type");
		HttpStatus status = media ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
		Locale locale = ProductLocales.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		ProblemDetail problem = ProblemWriter.problem(this.messages, locale, status, ProblemTypes.forStatus(status),
				Sentences.of(refusal));
		String parameter = (request.getQueryString() != null) ? unreadable(request.getQueryString()) : null;
		if (refusal.equals(QUERY) && parameter != null) {
			// the parameter is named as sent, still percent-encoded, since it is not text
			problem.setProperty("errors", List.of(new FieldProblem(parameter,
					this.messages.getMessage(Sentences.of("problem.field.query-text"), locale))));
		}
		ProblemWriter.write(request, response, problem);
	}

	/** The message code saying what is wrong, or null when nothing is. */
	private static @Nullable String refusal(HttpServletRequest request) {
		if (request.getRequestURI().indexOf(';') >= 0) {
			return "problem.malformed-request.path-parameter";
		}
		String query = request.getQueryString();
		if (query != null && unreadable(query) != null) {
			return QUERY;
		}
		String contentType = request.getContentType();
		if (contentType != null) {
			try {
				MediaType type = MediaType.parseMediaType(contentType);
				if (type.isWildcardType() || type.isWildcardSubtype()) {
					return "problem.unsupported-media-type.wildcard";
				}
			}
			catch (InvalidMediaTypeException ex) {
				return "problem.unsupported-media-type.unreadable";
			}
		}
		return null;
	}

	/**
	 * The first parameter, as sent, whose name or value does not decode to UTF-8 text
	 * without control characters; null when every one does.
	 */
	static @Nullable String unreadable(String query) {
		for (String pair : query.split("&", -1)) {
			String[] parts = pair.split("=", -1);
			for (String part : parts) {
				String text = decode(part);
				if (text == null || StrictText.problem(text) != null) {
					String name = decode(parts[0]);
					return (name != null && StrictText.problem(name) == null) ? name : parts[0];
				}
			}
		}
		return null;
	}

	private static @Nullable String decode(String part) {
		ByteBuffer bytes = ByteBuffer.allocate(part.length() * 4);
		for (int i = 0; i < part.length(); i++) {
			char c = part.charAt(i);
			if (c == '%') {
				if (i + 2 >= part.length() || !HexFormat.isHexDigit(part.charAt(i + 1))
						|| !HexFormat.isHexDigit(part.charAt(i + 2))) {
					return null;
				}
				bytes.put((byte) HexFormat.fromHexDigits(part, i + 1, i + 3));
				i += 2;
			}
			else {
				bytes.put(String.valueOf((c == '+') ? ' ' : c).getBytes(StandardCharsets.UTF_8));
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes.flip())
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
