package dev.dealgraph.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure leaves as an RFC 9457 problem with a stable {@code type}. Validation
 * problems carry an {@code errors} list naming each offending field.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiExceptionHandler.class);

	@ExceptionHandler
	ResponseEntity<Object> invalid(InvalidInputException ex, WebRequest request) {
		return validation(ex.problems(), request);
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail tooLarge(PayloadTooLargeException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, "Payload too large", ex.getMessage());
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			ServiceUnavailableException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		log.warn("Neo4j unavailable: " + ex.getMessage());
		ProblemDetail body = problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, "Database unavailable",
				"Neo4j cannot be reached right now; nothing was written. Try again shortly.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(body);
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
				"The request failed unexpectedly; nothing was written.");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			problems.add(new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> problems.add(new FieldProblem(error.getObjectName(), "" + error.getDefaultMessage())));
		return validation(problems, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				problems.add(new FieldProblem(String.valueOf(name), String.valueOf(error.getDefaultMessage())));
			}
		});
		return validation(problems, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validation(List.of(new FieldProblem(String.valueOf(ex.getPropertyName()),
				"cannot read '" + ex.getValue() + "' as " + typeName(ex.getRequiredType()))), request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof PayloadTooLargeException tooLarge) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
		}
		if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)) {
			return validation(List.of(new FieldProblem(path(jackson), describe(jackson))), request);
		}
		String detail = (cause instanceof JacksonException jackson)
				? "The body is not valid JSON" + locationOf(jackson) + ": " + firstClause(jackson.getOriginalMessage())
				: "The body is missing or cannot be read.";
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED, "Malformed request", detail));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			problem.setType(typeFor(statusCode));
		}
		return response;
	}

	private ResponseEntity<Object> validation(List<FieldProblem> problems, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid input",
				problems.stream().map(FieldProblem::toString).limit(20).reduce((a, b) -> a + "; " + b).orElse(""));
		body.setProperty("errors", problems);
		return ResponseEntity.badRequest().body(body);
	}

	static ProblemDetail problem(HttpStatus status, URI type, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	private static URI typeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> ProblemTypes.NOT_FOUND;
			case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
			case 406 -> ProblemTypes.NOT_ACCEPTABLE;
			case 409 -> ProblemTypes.CONFLICT;
			case 413 -> ProblemTypes.TOO_LARGE;
			case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
			case 503 -> ProblemTypes.UNAVAILABLE;
			default -> (status.is4xxClientError()) ? ProblemTypes.MALFORMED : ProblemTypes.INTERNAL;
		};
	}

	/** Jackson's path as {@code relationships[3].to}. */
	static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String describe(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "unknown field";
		}
		if (ex instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			return "unknown value '" + format.getValue() + "'; expected one of "
					+ Arrays.toString(format.getTargetType().getEnumConstants());
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "expected " + typeName(mismatch.getTargetType());
		}
		return String.valueOf(ex.getOriginalMessage());
	}

	private static String typeName(@Nullable Class<?> type) {
		if (type == null) {
			return "a value of another type";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return "a number";
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		if (type == String.class) {
			return "a string";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		return "an object";
	}

	/** Jackson's message without the source excerpt it appends. */
	private static String firstClause(String message) {
		int cut = message.length();
		for (String marker : new String[] { " (start marker", " at [Source", "\n" }) {
			int at = message.indexOf(marker);
			if (at >= 0) {
				cut = Math.min(cut, at);
			}
		}
		return message.substring(0, cut);
	}

	private static String locationOf(JacksonException ex) {
		var location = ex.getLocation();
		return (location != null) ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
	}

}
