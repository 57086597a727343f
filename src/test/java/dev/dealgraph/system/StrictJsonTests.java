package dev.dealgraph.system;

import java.util.stream.Stream;

import dev.dealgraph.deal.Deal;
import dev.dealgraph.deal.Stage;
import dev.dealgraph.deal.Stakeholder;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Tie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The mapper reads JSON as written and refuses every conversion. */
class StrictJsonTests {

	private final JsonMapper mapper = StrictJson.configure(JsonMapper.builder()).build();

	static Stream<Arguments> refused() {
		String deal = "{\"id\":\"d\",\"accountId\":\"a\",\"name\":\"D\",\"stage\":\"DESIGN\",";
		String tie = "{\"type\":\"KNOWS\",\"from\":\"a\",\"to\":\"b\",";
		return Stream.of(Arguments.of(Deal.class, deal + "\"value\":\"1000\"}", "value"),
				Arguments.of(Deal.class, deal + "\"value\":1.5}", "value"),
				Arguments.of(Deal.class, deal + "\"value\":true}", "value"),
				Arguments.of(Deal.class, deal + "\"value\":\"\"}", "value"),
				Arguments.of(Deal.class, deal + "\"closeDate\":123}", "closeDate"),

				Arguments.of(Deal.class, deal + "\"team\":\"\"}", "team"),
				Arguments.of(Deal.class, deal + "\"team\":{\"colleagueId\":\"x\"}}", "team"),
				Arguments.of(Deal.class, "{\"id\":123,\"accountId\":\"a\",\"name\":\"D\"}", "id"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"name\":true}", "name"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"name\":[\"x\"]}", "name"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"stage\":3}", "stage"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"stage\":\"3\"}", "stage"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"stage\":\" DESIGN\"}", "stage"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"stage\":\"design\"}", "stage"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"stage\":\"DESIGN\\u0000\"}", "stage"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"name\":\"a\\ud800\"}", "name"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"name\":\"\\udc00a\"}", "name"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"name\":\"a\\u0000\"}", "name"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"name\":\"a\\u001b[31m\"}", "name"),
				Arguments.of(Deal.class, "{\"id\":\"d\",\"name\":\"a\",\"name\":\"b\"}", "name"),
				Arguments.of(Tie.class, tie + "\"strength\":\"0.5\"}", "strength"),
				Arguments.of(Tie.class, tie + "\"dotted\":1}", "dotted"),
				Arguments.of(Tie.class, tie + "\"dotted\":\"true\"}", "dotted"),
				Arguments.of(Tie.class, "{\"type\":0}", "type"),
				Arguments.of(Stakeholder.class, "{\"roles\":[null]}", "roles[0]"),
				Arguments.of(Stakeholder.class, "{\"roles\":[\"COACH\",1]}", "roles[1]"),
				Arguments.of(Stakeholder.class, "{\"roles\":\"COACH\"}", "roles"),
				Arguments.of(Person.class, "{\"interests\":[\"golf\",null]}", "interests[1]"),
				Arguments.of(Person.class, "{\"interests\":[\"golf\",7]}", "interests[1]"));
	}

	@ParameterizedTest
	@MethodSource
	void refused(Class<?> type, String json, String field) {
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.mapper.readValue(json, type))
			.satisfies((ex) -> assertThat(JsonProblems.of(ex)).extracting(FieldProblem::field).isEqualTo(field));
	}

	@Test
	void duplicateKeysAreNamedWithTheirPath() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue(
					"{\"team\":[{\"colleagueId\":\"a\"},{\"role\":\"x\",\"colleagueId\":\"b\"," + "\"role\":\"y\"}]}",
					Deal.class))
			.satisfies((ex) -> assertThat(JsonProblems.of(ex))
				.isEqualTo(new FieldProblem("team[1].role", Sentences.of("problem.field.duplicate"))));
	}

	@Test
	void trailingContentIsRefused() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"id\":\"d\"} {}", Deal.class));
	}

	@Test
	void exactValuesAreRead() {
		Deal deal = this.mapper.readValue("{\"id\":\"d\",\"accountId\":\"a\",\"name\":\"王 😀\\ttab\\nline\","
				+ "\"stage\":\"DESIGN\",\"value\":1000,\"closeDate\":\"2026-05-04\",\"team\":[]}", Deal.class);
		assertThat(deal.stage()).isEqualTo(Stage.DESIGN);
		assertThat(deal.value()).isEqualTo(1000L);
		assertThat(deal.name()).isEqualTo("王 😀\ttab\nline");
		Tie tie = this.mapper
			.readValue("{\"type\":\"KNOWS\",\"from\":\"a\",\"to\":\"b\",\"strength\":1,\"dotted\":null}", Tie.class);
		assertThat(tie.strength()).isEqualTo(1.0);
	}

}
