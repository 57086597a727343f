package dev.dealgraph.browser;

import dev.dealgraph.system.EmbeddedNeo4j;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Opens Neo4j Browser pre-set to the embedded database: {@code /browser/} without a
 * connection URL redirects to itself with one, so a newcomer only opens the page and
 * clicks Connect. Auth is off in embedded mode and Bolt listens on loopback only, hence
 * {@code localhost} and no credentials.
 */
@Controller
@Conditional(EmbeddedMode.class)
class BrowserController {

	private final EmbeddedNeo4j neo4j;

	BrowserController(EmbeddedNeo4j neo4j) {
		this.neo4j = neo4j;
	}

	@GetMapping("/browser")
	String withSlash() {
		return "redirect:/browser/";
	}

	@GetMapping("/browser/")
	String browser(HttpServletRequest request) {
		if (request.getParameter("dbms") != null || request.getParameter("connectURL") != null) {
			return "forward:/browser/index.html";
		}
		String target = ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam("dbms", "neo4j://localhost:" + this.neo4j.boltUri().getPort())
			.replaceQueryParam("preselectAuthMethod", "NO_AUTH")
			.build()
			.toUriString();
		return "redirect:" + target;
	}

}
