package dev.dealgraph.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dealgraph.system.InjectionCorpus.Value;
import dev.dealgraph.system.InjectionCorpusTests.Answer;
import dev.dealgraph.system.InjectionFields.Field;
import dev.dealgraph.system.InjectionFields.Kind;
import dev.dealgraph.system.InjectionTargets.Target;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The corpus through every field of one body: first every refusal, side by side, with the
 * database's fingerprint unchanged after them; then every value free text must take, one
 * write per value with it in every field that takes it, each read back.
 */
final class InjectionBodies {

	private static final AtomicInteger fresh = new AtomicInteger();

	private final InjectionCorpusTests test;

	private final Target target;

	private final List<Field> fields;

	InjectionBodies(InjectionCorpusTests test, Target target, Class<?> type) {
		this.test = test;
		this.target = target;
		this.fields = InjectionFields.of(type);
	}

	/** Which text fields this target takes, judged by a benign value (it writes). */
	private final Map<Field, Boolean> takes = new LinkedHashMap<>();

	/** Every refusal, side by side; nothing may be written meanwhile. */
	void refusals() throws Exception {
		// a text field the body's type has but this target does not take (a note on a
		// KNOWS tie) must refuse everything
		Map<Field, Boolean> takes = this.takes;
		for (Field field : this.fields) {
			if (field.kind() == Kind.TEXT || field.kind() == Kind.TEXT_LIST) {
				Value benign = new Value("benign", "Matrix", false);
				takes.put(field, write(Map.of(field, json(field, benign))).answer().status() < 300);
			}
		}
		String before = this.test.fingerprint();
		List<Callable<@Nullable String>> refusals = new ArrayList<>();
		Field huge = this.fields.stream().filter((f) -> f.kind() == Kind.TEXT).findFirst().orElse(this.fields.get(0));
		for (Field field : this.fields) {
			List<Value> values = values(field);
			if (field == huge) {
				values.add(InjectionCorpus.megabytes());
			}
			for (Value value : values) {
				if (!stores(field, value, takes)) {
					refusals.add(
							() -> this.test.refused(this.target.endpoint() + " " + field.path() + " ← " + value.label(),
									write(Map.of(field, json(field, value))).answer(), field.path(), true));
				}
			}
		}
		this.test.parallel(refusals);
		if (!this.test.fingerprint().equals(before)) {
			InjectionCorpusTests.wrong.add(this.target.endpoint() + ": a refused input wrote to the database");
		}
	}

	/** One write per value, in every field that must store it; each field read back. */
	@Nullable String roundTrips() {
		Map<Field, Boolean> takes = this.takes;
		Set<String> labels = new LinkedHashSet<>();
		InjectionCorpus.strings(1).forEach((value) -> labels.add(value.label()));
		for (String label : labels) {
			Map<Field, Value> batch = new LinkedHashMap<>();
			for (Field field : takes.keySet()) {
				values(field).stream()
					.filter((value) -> value.label().equals(label) && stores(field, value, takes))
					.findFirst()
					.ifPresent((value) -> batch.put(field, value));
			}
			if (batch.isEmpty()) {
				continue;
			}
			Map<Field, String> literals = new LinkedHashMap<>();
			batch.forEach((field, value) -> literals.put(field, json(field, value)));
			Written written = write(literals);
			Map<String, JsonNode> reads = new HashMap<>();
			batch.forEach((field, value) -> {
				InjectionCorpusTests.accepted.incrementAndGet();
				String what = this.target.endpoint() + " " + field.path() + " ← " + label;
				if (written.answer().status() >= 300) {
					InjectionCorpusTests.wrong.add(what + ": refused what free text must take: "
							+ InjectionCorpusTests.cut(written.answer().body()));
					return;
				}
				JsonNode stored = stored(written, field, reads);
				if (!stored.isString() || !stored.asString().equals(value.text())) {
					InjectionCorpusTests.wrong
						.add(what + ": read back as " + InjectionCorpusTests.cut(stored.toString()));
					return;
				}
				InjectionCorpusTests.roundTripped.incrementAndGet();
			});
		}
		return null;
	}

	private static List<Value> values(Field field) {
		List<Value> values = new ArrayList<>(switch (field.kind()) {
			case ID -> InjectionCorpus.strings(64);
			case TEXT, TEXT_LIST -> InjectionCorpus.strings(field.cap());
			case STRICT, STRICT_LIST -> field.string() ? InjectionCorpus.strings(64) : List.<Value>of();
		});
		if (field.kind() == Kind.STRICT) {
			values.addAll(InjectionCorpus.notText());
		}
		return values;
	}

	private static boolean stores(Field field, Value value, Map<Field, Boolean> takes) {
		return Boolean.TRUE.equals(takes.get(field)) && value.fitsText(field.cap(), field.required());
	}

	private static String json(Field field, Value value) {
		boolean list = field.kind() == Kind.TEXT_LIST || field.kind() == Kind.STRICT_LIST;
		return list ? "[" + value.json() + "]" : value.json();
	}

	/** What was written and under which fresh id. */
	record Written(Answer answer, String id) {
	}

	/** The target's valid body with each field set to its JSON text. */
	private Written write(Map<Field, String> values) {
		String id = "inj-" + fresh.incrementAndGet();
		ObjectNode body = (ObjectNode) InjectionCorpusTests.json.readTree(this.target.body().replace("$ID", id));
		List<Map.Entry<Field, String>> entries = new ArrayList<>(values.entrySet());
		for (int i = 0; i < entries.size(); i++) {
			String[] steps = entries.get(i).getKey().path().split("\\.");
			JsonNode node = body;
			for (int s = 0; s < steps.length - 1; s++) {
				node = step(node, steps[s]);
			}
			((ObjectNode) node).put(steps[steps.length - 1], "@@injected-" + i + "@@");
		}
		String text = InjectionCorpusTests.json.writeValueAsString(body);
		for (int i = 0; i < entries.size(); i++) {
			text = text.replace("\"@@injected-" + i + "@@\"", entries.get(i).getValue());
		}
		return new Written(this.test.send(this.target.method(), this.target.uri().replace("$ID", id), text), id);
	}

	/** The field as the service gives it back; each object is read once per write. */
	private JsonNode stored(Written written, Field field, Map<String, JsonNode> reads) {
		String path = field.path();
		JsonNode object;
		if (this.target.readBack() == null) {
			object = InjectionCorpusTests.json.readTree(written.answer().body());
		}
		else {
			String part = this.target.readBack().containsKey("") ? "" : path.substring(0, path.indexOf('['));
			path = part.isEmpty() ? path : path.substring(path.indexOf('.') + 1);
			String uri = this.target.readBack().get(part).replace("$ID", written.id());
			object = reads.computeIfAbsent(uri,
					(at) -> InjectionCorpusTests.json.readTree(this.test.send("GET", at, null).body()));
		}
		JsonNode node = object;
		for (String step : path.split("\\.")) {
			node = step(node, step);
		}
		return (field.kind() == Kind.TEXT_LIST) ? node.path(0) : node;
	}

	/** {@code team[0]} or {@code name} within a node. */
	private static JsonNode step(JsonNode node, String step) {
		int bracket = step.indexOf('[');
		if (bracket < 0) {
			return node.path(step);
		}
		JsonNode list = node.path(step.substring(0, bracket));
		if (!(list instanceof ArrayNode array) || array.isEmpty()) {
			throw new IllegalStateException("the valid body has no " + step);
		}
		return array.get(0);
	}

}
