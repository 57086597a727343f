package dev.dealgraph.account;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.Caller;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The web layer alone: request mapping, validation and problem details. */
// the web layer alone; the filter chain and its keys are tested against the whole
// application
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(AccountController.class)
@Import(Checks.class)
class AccountControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	Visibility visibility;

	/** The web layer alone runs no filter chain: the request goes as an admin. */
	@BeforeEach
	void asAdmin() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(
					new Caller("admin", true, java.util.Set.of(), java.util.Map.of(), null, null), null));
	}

	@AfterEach
	void nobody() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void unknownAccountIsA404Problem() throws Exception {
		given(this.accounts.get("nope")).willThrow(new dev.dealgraph.system.NotFoundException("account", "nope"));
		this.mvc.perform(get("/api/v1/accounts/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:dealgraph:problem:not-found"))
			.andExpect(jsonPath("$.detail").value("No account with id 'nope'"));
	}

	@Test
	void invalidBodyNamesEveryFieldAndWritesNothing() throws Exception {
		this.mvc
			.perform(put("/api/v1/accounts/acme").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"lifecycleStage\":\"GROWTH\",\"industry\":\"" + "x".repeat(201) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("industry"))
			.andExpect(jsonPath("$.errors[1].field").value("name"));
		verify(this.accounts, never()).put(any());
	}

	@Test
	void idInBodyMustAgreeWithThePath() throws Exception {
		this.mvc
			.perform(put("/api/v1/accounts/acme").contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"other\",\"name\":\"ACME\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void putOfANewAccountAnswers201() throws Exception {
		Account account = new Account("acme", "ACME 电信", null, null, null, null, List.of());
		given(this.accounts.put(account)).willReturn(true);
		this.mvc
			.perform(put("/api/v1/accounts/acme").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"ACME 电信\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("acme"))
			.andExpect(jsonPath("$.name").value("ACME 电信"));
		verify(this.accounts).put(account);
	}

	@Test
	void unreachableDatabaseIsA503WithRetryAfter() throws Exception {
		given(this.accounts.list(0, 20, null)).willThrow(new DataAccessResourceFailureException("connection refused"));
		this.mvc.perform(get("/api/v1/accounts"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.type").value("urn:dealgraph:problem:database-unavailable"));
	}

	@Test
	void pageSizeIsBounded() throws Exception {
		this.mvc.perform(get("/api/v1/accounts?size=0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		given(this.accounts.list(2, 10, "telecom")).willReturn(Page.of(List.of(), 2, 10, 0));
		this.mvc.perform(get("/api/v1/accounts?page=2&size=10&industry=telecom"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2));
	}

}
