package dev.dealgraph.importing.csv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * One thing wrong with a CSV file, where it is.
 *
 * @param line the physical line the row starts on, counting the header as line 1
 * @param column the header of the offending column as the file spells it
 * @param field the field that column maps to
 * @param message what is wrong, when it has no sentence
 * @param sentence what is wrong, said through a message code
 */
public record RowProblem(int line, String column, String field, String message,
		@JsonIgnore @Nullable MessageSourceResolvable sentence) {

	RowProblem(int line, String column, String field, MessageSourceResolvable sentence) {
		this(line, column, field, String.valueOf(sentence.getDefaultMessage()), sentence);
	}

}
