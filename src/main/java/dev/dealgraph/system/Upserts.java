package dev.dealgraph.system;

import java.net.URI;
import java.util.function.BooleanSupplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The two ways a resource is written over the API, each in one retried transaction: POST
 * creates and refuses an id that exists; PUT creates or replaces and says which it did.
 */
public final class Upserts {

	private Upserts() {
	}

	/** 201 with a Location, or 409 when the id is taken. */
	public static <T> ResponseEntity<T> create(GraphWrites writes, String noun, String id, BooleanSupplier exists,
			Runnable save, T body, String location) {
		writes.inTransaction(() -> {
			if (exists.getAsBoolean()) {
				throw new ConflictException(noun + " '" + id + "' already exists; PUT replaces it");
			}
			save.run();
			return Boolean.TRUE;
		});
		return ResponseEntity.created(URI.create(location)).body(body);
	}

	/** 201 when the resource is new, 200 when it replaced one. */
	public static <T> ResponseEntity<T> put(GraphWrites writes, BooleanSupplier exists, Runnable save, T body) {
		boolean created = writes.inTransaction(() -> {
			boolean isNew = !exists.getAsBoolean();
			save.run();
			return isNew;
		});
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(body);
	}

}
