package dev.dealgraph.system;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document says what the API really answers: 201 where a resource is created,
 * every error as an {@code application/problem+json} problem, and that every call needs a
 * bearer key (Swagger UI's Authorize button takes it).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	static final String BEARER = "apiKey";

	private static final Map<String, String> ERRORS = Map.ofEntries(
			Map.entry("400", "Invalid input or a malformed request"),
			Map.entry("401", "No key or token, or one that is unknown, expired or revoked"),
			Map.entry("403", "Readable but not yours to change, or for admins only"),
			Map.entry("404", "No such resource, or one the caller may not see"),
			Map.entry("406", "Cannot answer in an accepted media type"),
			Map.entry("409", "Conflicts with what is stored"), Map.entry("413", "Request body too large"),
			Map.entry("415", "Unsupported Content-Type"),
			Map.entry("429", "Too many requests for this key; try again after Retry-After"),
			Map.entry("500", "Unexpected failure; nothing was written"),
			Map.entry("503", "Neo4j unreachable; try again after Retry-After"));

	private static final Set<String> ALWAYS = Set.of("400", "401", "403", "404", "406", "429", "500", "503");

	@Bean
	OpenApiCustomizer problemsInApiDocumentation() {
		return (openApi) -> {
			openApi.info(new Info().title("dealgraph API")
				.version("v1")
				.description("Stakeholder maps for key-account deals: accounts, people, colleagues, deals, "
						+ "their buying centres and ties, the best paths to the decision-maker, and import and "
						+ "export of whole maps. Errors are RFC 9457 problem details with a stable type."));
			Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
			components.addSchemas(PROBLEM, problemSchema());
			components.addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An API key (dgk_..., the first start writes the admin's to data/admin.key) "
								+ "or, when configured, a company OAuth2 access token"));
			openApi.components(components);
			openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
			if (openApi.getPaths() == null) {
				return;
			}
			Set<String> paths = openApi.getPaths().keySet();
			openApi.getPaths().forEach((path, item) -> {
				item.readOperationsMap().forEach((method, operation) -> {
					boolean creates = method == PathItem.HttpMethod.POST && paths.stream()
						.anyMatch(
								(other) -> other.startsWith(path + "/{") && other.indexOf('/', path.length() + 1) < 0);
					document(operation, method, creates);
				});
			});
		};
	}

	private static void document(Operation operation, PathItem.HttpMethod method, boolean creates) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		ApiResponse ok = responses.get("200");
		if ((creates || method == PathItem.HttpMethod.PUT) && ok != null) {
			responses.addApiResponse("201", new ApiResponse().description("Created").content(ok.getContent()));
			if (creates) {
				responses.remove("200");
			}
		}
		boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
		ERRORS.forEach((status, description) -> {
			if (ALWAYS.contains(status) || writes || (method == PathItem.HttpMethod.DELETE && status.equals("409"))) {
				responses.addApiResponse(status,
						new ApiResponse().description(description)
							.content(new Content().addMediaType(PROBLEM_JSON,
									new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
			}
		});
		operation.responses(responses);
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.addProperty("field", new StringSchema().description("where the value is, e.g. relationships[3].to"));
		error.addProperty("message", new StringSchema().description("what is wrong with it"));
		error.required(List.of("field", "message"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("An RFC 9457 problem detail");
		problem.addProperty("type", new StringSchema().format("uri").example("urn:dealgraph:problem:invalid-input"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema().format("uri"));
		problem.addProperty("errors", new ArraySchema().items(error).description("every offending field, for 400"));
		problem.required(List.of("type", "title", "status"));
		return problem;
	}

}
