package dev.dealgraph.paths;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The web layer of path answers alone: which query parameters each endpoint takes. */
// the web layer alone; the filter chain and its keys are tested against the whole
// application
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(PathController.class)
class PathControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PathFinder finder;

	@Test
	void companyWidePathsRefuseToAndIncludeOpponentsByName() throws Exception {
		this.mvc.perform(get("/api/v1/people/li/paths?to=zhang&includeOpponents=true&k=2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:dealgraph:problem:invalid-input"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("includeOpponents"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("attitude")))
			.andExpect(jsonPath("$.errors[1].field").value("to"))
			.andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.containsString("target")));
		this.mvc.perform(get("/api/v1/people/li/paths?includeOpponents=false"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("includeOpponents"));
		verifyNoInteractions(this.finder);
	}

	@Test
	void unknownParametersAreRefusedByName() throws Exception {
		this.mvc.perform(get("/api/v1/deals/kestrel-wms/paths?maxhops=2&k=3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("maxhops"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"is not a parameter of this endpoint; it takes k, maxHops, from, to, via, avoid, includeOpponents, decay"));
		this.mvc.perform(get("/api/v1/people/li/paths?depth=2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("depth"));
		verifyNoInteractions(this.finder);
	}

	@Test
	void knownParametersReachTheFinderWithTheRequestLanguage() throws Exception {
		this.mvc
			.perform(get("/api/v1/deals/kestrel-wms/paths?k=3&maxHops=2&from=amy,lars&to=maria&via=kim&avoid=chen"
					+ "&includeOpponents=true")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk());
		verify(this.finder).forDeal("kestrel-wms",
				new PathRequest(3, 2, List.of("amy", "lars"), "maria", List.of("chen"), "kim", true),
				Locale.SIMPLIFIED_CHINESE);
		this.mvc.perform(get("/api/v1/people/li/paths?k=1&from=all&via=kim&avoid=chen&maxHops=3"))
			.andExpect(status().isOk());
		verify(this.finder).forPerson(eq("li"),
				eq(new PathRequest(1, 3, List.of("all"), null, List.of("chen"), "kim", false)), any(Locale.class));
	}

}
