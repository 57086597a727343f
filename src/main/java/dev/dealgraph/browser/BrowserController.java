package dev.dealgraph.browser;

import dev.dealgraph.system.EmbeddedNeo4j;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Opens Neo4j Browser pre-set to the embedded database: {@code /browser/} without a
 * connection URL redirects to itself with one naming the user, so a newcomer only types
 * the password (from {@code neo4j.password} in the data directory) and clicks Connect.
 * Bolt listens on loopback only, hence {@code localhost}. Redirects are relative and
 * built from configuration, never from the request's Host header.
 */
@Controller
@Conditional(EmbeddedMode.class)
class BrowserController {

	private final EmbeddedNeo4j neo4j;

	BrowserController(EmbeddedNeo4j neo4j) {
		this.neo4j = neo4j;
	}

	@GetMapping("/browser")
	ModelAndView withSlash() {
		return redirect("/browser/");
	}

	@GetMapping("/browser/")
	ModelAndView browser(HttpServletRequest request) {
		if (request.getParameter("dbms") != null || request.getParameter("connectURL") != null) {
			return new ModelAndView("forward:/browser/index.html");
		}
		UriComponentsBuilder target = UriComponentsBuilder.fromPath("/browser/");
		request.getParameterMap().forEach((name, values) -> target.queryParam(name, (Object[]) values));
		// Browser 5.24 takes the user from the connection URL and preselects
		// username/password authentication; a password it never takes from a URL
		String dbms = "neo4j://" + this.neo4j.user() + "@localhost:" + this.neo4j.boltUri().getPort();
		return redirect(target.replaceQueryParam("dbms", dbms)
			.replaceQueryParam("preselectAuthMethod", "NATIVE")
			.build()
			.encode()
			.toUriString());
	}

	/** A relative Location set as it is: Tomcat's sendRedirect would prefix the Host. */
	private static ModelAndView redirect(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setHttp10Compatible(false);
		view.setStatusCode(HttpStatus.FOUND);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
