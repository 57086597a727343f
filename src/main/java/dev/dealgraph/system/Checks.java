package dev.dealgraph.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Bean Validation with our paths: a violation inside an import item is reported as
 * {@code people[4].name}, inside a single resource as {@code name}.
 */
@Component
public class Checks {

	private final Validator validator;

	Checks(Validator validator) {
		this.validator = validator;
	}

	public List<FieldProblem> problems(String prefix, Object value) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ConstraintViolation<Object> violation : this.validator.validate(value)) {
			String path = violation.getPropertyPath()
				.toString()
				.replace(".<list element>", "")
				.replace("<list element>", "")
				.replace(".[", "[");
			String field = prefix.isEmpty() ? path : (path.isEmpty() ? prefix : prefix + "." + path);
			problems.add(new FieldProblem(field, violation.getMessage()));
		}
		problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
		return problems;
	}

	public void validate(Object value) {
		List<FieldProblem> problems = problems("", value);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The value itself, once it is valid. */
	public <T> T validated(T value) {
		validate(value);
		return value;
	}

}
