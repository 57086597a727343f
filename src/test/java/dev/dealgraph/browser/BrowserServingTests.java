package dev.dealgraph.browser;

import java.net.URI;

import dev.dealgraph.system.EmbeddedNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Serving Neo4j Browser and the dealgraph Browser material, web layer only. */
// the web layer alone; the filter chain and its keys are tested against the whole
// application
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(BrowserController.class)
@Import({ BrowserResources.class, BrowserGuideResources.class })
class BrowserServingTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EmbeddedNeo4j neo4j;

	@BeforeEach
	void embeddedBoltPort() {
		given(this.neo4j.boltUri()).willReturn(URI.create("bolt://127.0.0.1:7711"));
		given(this.neo4j.user()).willReturn("neo4j");
	}

	@Test
	void bareBrowserPathRedirectsToBrowserPresetForTheEmbeddedBoltPortAndItsUser() throws Exception {
		this.mvc.perform(get("/browser/"))
			.andExpect(status().isFound())
			.andExpect(header().string(HttpHeaders.LOCATION,
					"/browser/?dbms=neo4j://neo4j@localhost:7711&preselectAuthMethod=NATIVE"));
	}

	@Test
	void redirectNeverNamesTheHostTheRequestCameTo() throws Exception {
		this.mvc.perform(get("/browser/").header(HttpHeaders.HOST, "evil.example"))
			.andExpect(status().isFound())
			.andExpect(header().string(HttpHeaders.LOCATION, allOf(startsWith("/browser/?"),
					not(containsString("evil.example")), containsString("@localhost:7711"))));
		this.mvc.perform(get("/browser").header(HttpHeaders.HOST, "evil.example"))
			.andExpect(header().string(HttpHeaders.LOCATION, "/browser/"));
	}

	@Test
	void redirectNeverCarriesThePassword() throws Exception {
		given(this.neo4j.password()).willReturn("the-generated-bolt-password");
		this.mvc.perform(get("/browser/"))
			.andExpect(header().string(HttpHeaders.LOCATION, not(containsString("the-generated-bolt-password"))));
	}

	@Test
	void browserWithoutTrailingSlashRedirectsToIt() throws Exception {
		this.mvc.perform(get("/browser"))
			.andExpect(status().isFound())
			.andExpect(header().string(HttpHeaders.LOCATION, "/browser/"));
	}

	@Test
	void redirectKeepsOtherBrowserParameters() throws Exception {
		this.mvc.perform(get("/browser/").queryParam("cmd", "play").queryParam("arg", "movies"))
			.andExpect(status().isFound())
			.andExpect(header().string(HttpHeaders.LOCATION, allOf(containsString("cmd=play"),
					containsString("arg=movies"), containsString("dbms=neo4j://neo4j@localhost:7711"))));
	}

	@Test
	void redirectEncodesWhatItKeeps() throws Exception {
		this.mvc.perform(get("/browser/").queryParam("arg", "a b\"<x>"))
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("arg=a%20b%22%3Cx%3E")));
	}

	@Test
	void browserWithConnectionUrlServesBrowsersOwnPage() throws Exception {
		this.mvc.perform(get("/browser/").queryParam("dbms", "neo4j://localhost:7711"))
			.andExpect(status().isOk())
			.andExpect(forwardedUrl("/browser/index.html"));
	}

	@Test
	void servesBrowserFilesFromTheNeo4jBrowserJar() throws Exception {
		this.mvc.perform(get("/browser/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Neo4j Browser</title>")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"));
	}

	@Test
	void browserPagesMayOnlyConnectToThisMachine() throws Exception {
		this.mvc.perform(get("/browser/index.html"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self';"),
							containsString("connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
							not(containsString("https:")))));
	}

	@Test
	void servesTheDealgraphStyleAndGuideToBrowserFromAnyLocalOrigin() throws Exception {
		this.mvc.perform(get("/browser-guide/dealgraph.grass").header(HttpHeaders.ORIGIN, "http://127.0.0.1:8080"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
			.andExpect(content().string(allOf(containsString("node.Opponent {"), containsString("node.HighInfluence {"),
					containsString("relationship.CONFLICTS_WITH {"))));
		this.mvc.perform(get("/browser-guide/dealgraph.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<slide"), containsString("dealgraph.stakeholder("))));
	}

	@Test
	void servesTheSavedQueries() throws Exception {
		this.mvc.perform(get("/browser-guide/queries/01-deal-map.cypher"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("$dealId")));
	}

}
