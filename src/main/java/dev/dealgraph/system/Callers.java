package dev.dealgraph.system;

import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/** Finds who is asking in the current thread. */
public final class Callers {

	/** A request that carries nobody: it may see nothing. */
	public static final Caller NOBODY = new Caller("anonymous", false, Set.of(), Map.of(), null, null);

	private Callers() {
	}

	/**
	 * The caller of the request this thread serves; the application itself on a thread
	 * that serves no request (start-up, background work); {@link #NOBODY} for a request
	 * that was not authenticated.
	 */
	public static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
			return caller;
		}
		return (RequestContextHolder.getRequestAttributes() == null) ? Caller.SYSTEM : NOBODY;
	}

	public static Scope scope() {
		return current().scope();
	}

}
