package dev.dealgraph.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure leaves as an RFC 9457 problem with a stable {@code type}, its title and
 * detail in the request's language. Validation problems carry an {@code errors} list
 * naming each offending field. Client errors are not logged above debug.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<Object> invalid(InvalidInputException ex) {
		return validation(ex.problems());
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, ex.sentence());
	}

	@ExceptionHandler
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, ex.sentence());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, ex.sentence());
		if (!ex.problems().isEmpty()) {
			problem.setProperty("errors", said(ex.problems()));
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail tooLarge(PayloadTooLargeException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE,
				Sentences.of("problem.payload-too-large.detail", ex.limit()));
	}

	/**
	 * A busy deal answers 409, a timed-out or unreachable database 503; both say when to
	 * try again. Any other database failure is unexpected.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, Neo4jException.class })
	ResponseEntity<ProblemDetail> database(Exception ex) {
		DatabaseTrouble trouble = DatabaseTrouble.of(ex);
		if (trouble == null) {
			return ResponseEntity.internalServerError().body(unexpected(ex));
		}
		return switch (trouble) {
			case BUSY -> {
				log.debug("Lock not had in time: " + ex.getMessage());
				yield ResponseEntity.status(HttpStatus.CONFLICT)
					.header(HttpHeaders.RETRY_AFTER, "1")
					.body(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, Sentences.of("problem.conflict.busy")));
			}
			case TIMED_OUT -> {
				log.warn("Neo4j transaction timed out: " + ex.getMessage());
				yield ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header(HttpHeaders.RETRY_AFTER, "2")
					.body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE,
							Sentences.of("problem.database-unavailable.timed-out")));
			}
			case UNREACHABLE -> {
				log.warn("Neo4j unavailable: " + DatabaseTrouble.describe(ex));
				yield ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header(HttpHeaders.RETRY_AFTER, "5")
					.body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE,
							Sentences.of("problem.database-unavailable.detail")));
			}
		};
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notCaughtUp(NotCaughtUpException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.NOT_CAUGHT_UP, ex.sentence()));
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
				Sentences.of("problem.internal-error.detail"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			problems.add(new FieldProblem(error.getField(), error));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> problems.add(new FieldProblem(error.getObjectName(), error)));
		return validation(problems);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = String.valueOf(result.getMethodParameter().getParameterName());
			if (result instanceof ParameterErrors body) {
				// a body is named by its fields, as when it alone is invalid
				body.getFieldErrors().forEach((error) -> problems.add(new FieldProblem(error.getField(), error)));
				body.getGlobalErrors().forEach((error) -> problems.add(new FieldProblem(name, error)));
				return;
			}
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				problems.add(new FieldProblem(name, error));
			}
		});
		return validation(problems);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return validation(
				List.of(new FieldProblem(String.valueOf(ex.getPropertyName()), Sentences.of("problem.field.cannot-read",
						JsonProblems.echo(ex.getValue()), JsonProblems.typeNoun(ex.getRequiredType())))));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return validation(List.of(new FieldProblem(ex.getParameterName(), Sentences.of("problem.field.required"))));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLargeException tooLarge = cause(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
		}
		MessageSourceResolvable detail = Sentences.of("problem.malformed-request.unreadable");
		// the outermost Jackson exception knows the path; a date's own parse error is
		// deeper
		JacksonException jackson = cause(ex, JacksonException.class);
		if (jackson != null) {
			FieldProblem problem = JsonProblems.of(jackson);
			if (problem != null) {
				return validation(List.of(problem));
			}
			detail = JsonProblems.malformed(jackson);
		}
		log.debug("Unreadable body: " + ex.getMostSpecificCause().getMessage());
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED, detail));
	}

	/** Spring MVC's own problems (405, 406, 415, no route...) in our words. */
	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			URI type = ProblemTypes.forStatus(statusCode);
			problem.setType(type);
			problem.setTitle(title(type, statusCode));
			problem.setDetail(this.messages.getMessage(frameworkDetail(ex, type), locale()));
		}
		return response;
	}

	private static MessageSourceResolvable frameworkDetail(Exception ex, URI type) {
		return switch (ex) {
			case HttpRequestMethodNotSupportedException method -> Sentences.of("problem.method-not-allowed.detail",
					method.getMethod(), String.join(", ", String.valueOf(method.getSupportedHttpMethods())));
			case HttpMediaTypeNotSupportedException media -> Sentences.of("problem.unsupported-media-type.detail",
					String.valueOf(media.getContentType()), MediaType.toString(media.getSupportedMediaTypes()));
			case HttpMediaTypeNotAcceptableException media ->
				Sentences.of("problem.not-acceptable.detail", MediaType.toString(media.getSupportedMediaTypes()));
			case NoHandlerFoundException route -> Sentences.of("problem.not-found.route", route.getRequestURL());
			case NoResourceFoundException route ->
				Sentences.of("problem.not-found.route", "/" + route.getResourcePath());
			default -> Sentences.of(ProblemTypes.detailCode(type));
		};
	}

	private ResponseEntity<Object> validation(List<FieldProblem> problems) {
		List<FieldProblem> said = said(problems);
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, null);
		body.setDetail(said.stream().map(FieldProblem::toString).limit(20).reduce((a, b) -> a + "; " + b).orElse(""));
		body.setProperty("errors", said);
		log.debug("Invalid input: " + body.getDetail());
		return ResponseEntity.badRequest().body(body);
	}

	/** Each problem in the request's language. */
	private List<FieldProblem> said(List<FieldProblem> problems) {
		Locale locale = locale();
		return problems.stream()
			.map((problem) -> (problem.sentence() != null) ? new FieldProblem(problem.field(),
					this.messages.getMessage(problem.sentence(), locale), problem.sentence()) : problem)
			.toList();
	}

	private ProblemDetail problem(HttpStatus status, URI type, @Nullable MessageSourceResolvable detail) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(type);
		problem.setTitle(title(type, status));
		if (detail != null) {
			problem.setDetail(this.messages.getMessage(detail, locale()));
		}
		return problem;
	}

	private String title(URI type, HttpStatusCode status) {
		String reason = (status instanceof HttpStatus known) ? known.getReasonPhrase() : String.valueOf(status.value());
		return this.messages.getMessage(ProblemTypes.titleCode(type), null, reason, locale());
	}

	private static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
