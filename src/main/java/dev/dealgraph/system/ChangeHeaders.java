package dev.dealgraph.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dealgraph.system.GraphChanges.Position;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The change position on the wire: a write that changed the log answers with it in
 * {@value #CHANGE}, and a read that sends it back in {@value #MIN_CHANGE} is answered
 * from a state that includes it (on any instance, behind a load balancer too).
 */
public final class ChangeHeaders {

	/** Response header of a write: the position of its own change, {@code epoch:seq}. */
	public static final String CHANGE = "Dealgraph-Change";

	/** Request header of a read: the change its answer must include. */
	public static final String MIN_CHANGE = "Dealgraph-Min-Change";

	private static final Pattern POSITION = Pattern.compile("([A-Za-z0-9-]{1,64}):([0-9]{1,18})");

	private ChangeHeaders() {
	}

	/** Puts the position on the current request's answer, when there is one. */
	static void answered(Position position) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
			HttpServletResponse response = servlet.getResponse();
			if (response != null && !response.isCommitted()) {
				response.setHeader(CHANGE, position.toString());
			}
		}
	}

	/**
	 * The change the current request asks to see, or null when it asks for none (or is no
	 * request).
	 * @throws InvalidInputException naming the header when its value is no position
	 */
	public static @Nullable Position requested() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return null;
		}
		HttpServletRequest request = servlet.getRequest();
		String value = request.getHeader(MIN_CHANGE);
		if (value == null) {
			return null;
		}
		Matcher matcher = POSITION.matcher(value.strip());
		if (!matcher.matches()) {
			throw new InvalidInputException(MIN_CHANGE,
					Sentences.of("problem.field.change-position", JsonProblems.echo(value), CHANGE));
		}
		return new Position(matcher.group(1), Long.parseLong(matcher.group(2)));
	}

}
