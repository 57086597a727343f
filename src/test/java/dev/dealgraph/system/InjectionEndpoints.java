package dev.dealgraph.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/** What the request mappings take: each endpoint's body type and its parameters. */
final class InjectionEndpoints {

	/** Framework endpoints, not ours. */
	static final List<String> FRAMEWORK = List.of("/v3/api-docs", "/swagger-ui", "/error", "/actuator");

	/**
	 * One path variable or query parameter of an endpoint.
	 *
	 * @param endpoint {@code METHOD /pattern}
	 * @param name its name as requests spell it
	 * @param path whether it is a path variable (else a query parameter)
	 * @param type its Java type
	 * @param cap the cap of a free-text parameter; null for ids, constants and numbers
	 */
	record Parameter(String endpoint, String name, boolean path, Class<?> type, @Nullable Integer cap) {

		String method() {
			return this.endpoint.substring(0, this.endpoint.indexOf(' '));
		}

		String pattern() {
			return this.endpoint.substring(this.endpoint.indexOf(' ') + 1);
		}

		/** Whether it is text in the request (else a number or a flag). */
		boolean textual() {
			return this.type == String.class || List.class.isAssignableFrom(this.type) || this.type.isEnum();
		}

	}

	private InjectionEndpoints() {
	}

	/** Each endpoint that reads a body, with the body's type. */
	static Map<String, Class<?>> bodies(Map<RequestMappingInfo, HandlerMethod> handlers) {
		Map<String, Class<?>> bodies = new TreeMap<>();
		each(handlers, (endpoint, method) -> {
			for (MethodParameter parameter : method.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					bodies.put(endpoint, parameter.getParameterType());
				}
			}
		});
		return bodies;
	}

	static List<Parameter> parameters(Map<RequestMappingInfo, HandlerMethod> handlers) {
		List<Parameter> parameters = new ArrayList<>();
		each(handlers, (endpoint, method) -> {
			for (MethodParameter parameter : method.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (variable == null && param == null) {
					continue;
				}
				String declared = (variable != null) ? variable.name() : param.name();
				String name = declared.isEmpty() ? parameter.getParameterName() : declared;
				MaxCodePoints cap = parameter.getParameterAnnotation(MaxCodePoints.class);
				parameters.add(new Parameter(endpoint, name, variable != null, parameter.getParameterType(),
						(cap != null) ? cap.value() : null));
			}
		});
		return parameters;
	}

	private static void each(Map<RequestMappingInfo, HandlerMethod> handlers,
			java.util.function.BiConsumer<String, HandlerMethod> action) {
		handlers.forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (FRAMEWORK.stream().noneMatch(pattern::startsWith)) {
					info.getMethodsCondition()
						.getMethods()
						.forEach((verb) -> action.accept(verb + " " + pattern, method));
				}
			}
		});
	}

}
