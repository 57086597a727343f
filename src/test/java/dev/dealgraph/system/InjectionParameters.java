package dev.dealgraph.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dealgraph.system.InjectionCorpus.Value;
import dev.dealgraph.system.InjectionCorpusTests.Answer;
import dev.dealgraph.system.InjectionEndpoints.Parameter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * The corpus through every path variable and query parameter of every endpoint. A path
 * whose shape the value breaks ({@code a/b}, {@code ..}, an encoded slash, a control
 * byte) is refused before any route matches, so no parameter can be named yet; every
 * other refusal names the parameter. A free-text filter takes what free text may hold and
 * reads it literally: each item it finds contains it.
 */
final class InjectionParameters {

	/** Tomcat's limit on the request line and headers. */
	private static final int HEADER_LIMIT = 8 * 1024;

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	/**
	 * Values of the corpus that a parameter which is not free text takes all the same, by
	 * endpoint, parameter and value label: an audit object id may be composite
	 * ({@code KNOWS/amy-chen/li-wei}).
	 */
	private static final Map<String, List<String>> TAKES = Map.of("GET /api/v1/admin/audit objectId", List.of("slash"));

	private final InjectionCorpusTests test;

	private final Map<RequestMappingInfo, HandlerMethod> handlers;

	InjectionParameters(InjectionCorpusTests test, Map<RequestMappingInfo, HandlerMethod> handlers) {
		this.test = test;
		this.handlers = handlers;
	}

	void run() throws Exception {
		for (Parameter parameter : InjectionEndpoints.parameters(this.handlers)) {
			String before = this.test.fingerprint();
			List<Callable<@Nullable String>> tasks = new ArrayList<>();
			// "123" is a whole number in a query, where JSON would call it text
			List<Value> values = new ArrayList<>(
					parameter.textual() ? InjectionCorpus.strings((parameter.cap() != null) ? parameter.cap() : 64)
							: InjectionCorpus.notText().stream().filter((v) -> !v.text().equals("123")).toList());
			values.add(new Value("over the header limit", "a".repeat(2 * HEADER_LIMIT), false));
			for (Value value : values) {
				tasks.add(() -> check(parameter, value, encode(value.text())));
				if (parameter.path() && value.structural() && !encode(value.text()).equals(value.text())) {
					tasks.add(() -> check(parameter, value, value.text()));
				}
			}
			this.test.parallel(tasks);
			if (!this.test.fingerprint().equals(before)) {
				InjectionCorpusTests.wrong.add(parameter.endpoint() + " " + parameter.name() + ": an input wrote");
			}
		}
	}

	private @Nullable String check(Parameter parameter, Value value, String sent) {
		String what = parameter.endpoint() + " "
				+ (parameter.path() ? "{" + parameter.name() + "}" : "?" + parameter.name()) + " ← " + value.label()
				+ (sent.equals(value.text()) ? " (raw)" : "");
		Answer answer = this.test.send(parameter.method(), uri(parameter, sent), body(parameter));
		if (parameter.path()) {
			boolean routed = !sent.equals(value.text()) || !value.structural();
			routed &= !value.text().isEmpty() && !value.text().contains("/") && !value.text().contains("%")
					&& !value.text().equals(".") && !value.text().equals("..") && sent.length() < HEADER_LIMIT
					&& value.text().chars().allMatch((c) -> c >= 0x20 && c != 0x7f)
					&& !InjectionCorpus.unsafe(value.text());
			return this.test.refused(what, answer, parameter.name(), routed);
		}
		if (value.text().isEmpty() && parameter.cap() == null && answer.status() == 200) {
			// an empty value is refused or taken as no value at all
			Answer absent = this.test.send(parameter.method(), uri(parameter, null), body(parameter));
			InjectionCorpusTests.taken.incrementAndGet();
			if (!withoutStats(absent.body()).equals(withoutStats(answer.body()))) {
				return what + ": answers unlike no value: " + InjectionCorpusTests.cut(answer.body());
			}
			InjectionCorpusTests.readLiterally.incrementAndGet();
			return null;
		}
		boolean takes = TAKES.getOrDefault(parameter.endpoint() + " " + parameter.name(), List.of())
			.contains(value.label());
		if (takes || (parameter.cap() != null && value.fitsText(parameter.cap(), false))) {
			InjectionCorpusTests.taken.incrementAndGet();
			String literal = literally(answer, value.text());
			if (literal != null) {
				return what + ": " + literal;
			}
			InjectionCorpusTests.readLiterally.incrementAndGet();
			return null;
		}
		return this.test.refused(what, answer, parameter.name(), sent.length() < HEADER_LIMIT);
	}

	/** The answer without a path answer's search statistics, which differ run by run. */
	private static JsonNode withoutStats(String body) {
		JsonNode answer = InjectionCorpusTests.json.readTree(body);
		if (answer instanceof tools.jackson.databind.node.ObjectNode object) {
			object.remove("stats");
		}
		return answer;
	}

	/** Null when every item found holds the filter's text; else what is wrong. */
	private static @Nullable String literally(Answer answer, String text) {
		if (answer.status() != 200) {
			return "refused what a filter must take: " + answer.status() + " "
					+ InjectionCorpusTests.cut(answer.body());
		}
		for (JsonNode item : InjectionCorpusTests.json.readTree(answer.body()).path("items")) {
			List<String> texts = new ArrayList<>();
			item.forEach((node) -> texts.add(node.asString("").toLowerCase(Locale.ROOT)));
			if (texts.stream().noneMatch((found) -> found.contains(text.toLowerCase(Locale.ROOT)))) {
				return "found an item without the text: " + item;
			}
		}
		return null;
	}

	/** The endpoint's path with valid values, the one under test as sent. */
	private static String uri(Parameter parameter, @Nullable String sent) {
		Matcher matcher = VARIABLE.matcher(parameter.pattern());
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = (parameter.path() && name.equals(parameter.name())) ? sent
					: InjectionTargets.pathValue(name);
			matcher.appendReplacement(uri, Matcher.quoteReplacement(String.valueOf(value)));
		}
		matcher.appendTail(uri);
		if (!parameter.path() && sent != null) {
			uri.append('?').append(parameter.name()).append('=').append(sent);
		}
		return uri.toString();
	}

	/** A valid body where the endpoint takes one. */
	private static @Nullable String body(Parameter parameter) {
		return InjectionTargets.all()
			.stream()
			.filter((target) -> target.endpoint().equals(parameter.endpoint()))
			.findFirst()
			.map((target) -> target.body().replace("$ID", "inj-path"))
			.orElse(null);
	}

	/** Percent-encodes every code point, an unpaired surrogate too, as UTF-8 would. */
	static String encode(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach((point) -> {
			if ((point >= 'a' && point <= 'z') || (point >= 'A' && point <= 'Z') || (point >= '0' && point <= '9')
					|| "-._~".indexOf(point) >= 0) {
				out.append((char) point);
				return;
			}
			byte[] bytes = (point >= 0xd800 && point <= 0xdfff)
					? new byte[] { (byte) (0xe0 | (point >> 12)), (byte) (0x80 | ((point >> 6) & 0x3f)),
							(byte) (0x80 | (point & 0x3f)) }
					: new String(Character.toChars(point)).getBytes(StandardCharsets.UTF_8);
			for (byte b : bytes) {
				out.append('%').append(String.format("%02X", b & 0xff));
			}
		});
		return out.toString();
	}

}
