package dev.dealgraph.system;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a request body, read from its record's components and their constraints,
 * so a new field is in the corpus as soon as it is in a record: {@code team[0].role},
 * {@code people[0].interests}.
 */
final class InjectionFields {

	/** What a field holds, which decides what it must take and what it must refuse. */
	enum Kind {

		/** A client-chosen id: refuses every value of the corpus. */
		ID,
		/**
		 * Free text up to a cap: stores what {@link InjectionCorpus.Value#fitsText} fits.
		 */
		TEXT,
		/** A constant's name, a pattern, a number, a date, a flag: refuses the corpus. */
		STRICT,
		/** A list of free text: each item as {@link #TEXT}. */
		TEXT_LIST,
		/** A list of constants. */
		STRICT_LIST

	}

	/**
	 * One field.
	 *
	 * @param path where it is in the body, as problems name it
	 * @param kind what it holds
	 * @param cap its cap in code points (64 for an id)
	 * @param required whether blank text is refused
	 * @param string whether JSON carries it as a string (else a number, date or flag)
	 */
	record Field(String path, Kind kind, int cap, boolean required, boolean string) {
	}

	private InjectionFields() {
	}

	static List<Field> of(Class<?> record) {
		List<Field> fields = new ArrayList<>();
		add(record, "", fields);
		return fields;
	}

	private static void add(Class<?> record, String prefix, List<Field> fields) {
		for (RecordComponent component : record.getRecordComponents()) {
			String path = prefix + component.getName();
			Class<?> type = component.getType();
			if (List.class.isAssignableFrom(type)) {
				AnnotatedType item = ((AnnotatedParameterizedType) component.getAnnotatedType())
					.getAnnotatedActualTypeArguments()[0];
				Class<?> itemType = (Class<?>) ((item.getType() instanceof ParameterizedType p) ? p.getRawType()
						: item.getType());
				if (itemType.isRecord()) {
					add(itemType, path + "[0].", fields);
				}
				else if (itemType == String.class) {
					fields.add(
							new Field(path, Kind.TEXT_LIST, cap(item), item.isAnnotationPresent(NotBlank.class), true));
				}
				else {
					fields.add(new Field(path, Kind.STRICT_LIST, 0, false, true));
				}
			}
			else if (type == String.class && annotation(component, ValidId.class) != null) {
				fields.add(new Field(path, Kind.ID, 64, true, true));
			}
			else if (type == String.class && annotation(component, Pattern.class) == null) {
				boolean required = annotation(component, NotBlank.class) != null
						|| annotation(component, NotNull.class) != null;
				fields.add(new Field(path, Kind.TEXT, cap(component), required, true));
			}
			else {
				boolean string = type == String.class || type.isEnum() || type.getName().startsWith("java.time.");
				fields.add(new Field(path, Kind.STRICT, 0, false, string));
			}
		}
	}

	private static int cap(AnnotatedElement element) {
		MaxCodePoints max = annotation(element, MaxCodePoints.class);
		if (max == null && element instanceof RecordComponent component) {
			max = component.getAnnotatedType().getAnnotation(MaxCodePoints.class);
		}
		if (max == null) {
			throw new IllegalStateException(element + " is free text without a cap");
		}
		return max.value();
	}

	/** An annotation on the component, its accessor or its type. */
	private static <A extends Annotation> @Nullable A annotation(AnnotatedElement element, Class<A> type) {
		A found = element.getAnnotation(type);
		if (found == null && element instanceof RecordComponent component) {
			found = component.getAccessor().getAnnotation(type);
			if (found == null) {
				found = component.getAnnotatedType().getAnnotation(type);
			}
		}
		return found;
	}

}
