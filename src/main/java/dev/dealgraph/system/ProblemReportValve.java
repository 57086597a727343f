package dev.dealgraph.system;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report (a malformed URI, an encoded slash, headers too large) as a
 * problem in our words, where Tomcat would write an HTML page.
 */
class ProblemReportValve extends ErrorReportValve {

	private final MessageSource messages;

	ProblemReportValve(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		if (status == null) {
			status = (code < 500) ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		var type = ProblemTypes.forStatus(status);
		var problem = ProblemWriter.problem(this.messages,
				ProductLocales.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), status, type,
				Sentences.of(ProblemTypes.detailCode(type)));
		try {
			SecurityHeaders.problem(response);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ProblemWriter.json(problem, String.valueOf(request.getRequestURI())));
				response.finishResponse();
			}
		}
		catch (Exception ex) {
			// the connection is going away; nothing more can be said on it
		}
	}

}
