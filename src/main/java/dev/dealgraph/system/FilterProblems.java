package dev.dealgraph.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Answers a problem from a servlet filter (authentication, rate limits), in the caller's
 * language, before Spring MVC and its exception handler see the request.
 */
@Component
public class FilterProblems {

	private final MessageSource messages;

	FilterProblems(MessageSource messages) {
		this.messages = messages;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
			MessageSourceResolvable detail) throws IOException {
		ProblemWriter.write(request, response, ProblemWriter.problem(this.messages,
				ProductLocales.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), status, type, detail));
	}

}
