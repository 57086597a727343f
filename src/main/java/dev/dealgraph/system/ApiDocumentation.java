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
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document says what the API really answers: 201 where a resource is created,
 * and every error as an {@code application/problem+json} problem.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final Map<String, String> ERRORS = Map.of("400", "Invalid input or a malformed request", "404",
			"No such resource", "406", "Cannot answer in an accepted media type", "409",
			"Conflicts with what is stored", "413", "Request body too large", "415", "Unsupported Content-Type", "500",
			"Unexpected failure; nothing was written", "503", "Neo4j unreachable; try again after Retry-After");

	private static final Set<String> ALWAYS = Set.of("400", "404", "406", "500", "503");

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
			openApi.components(components);
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
