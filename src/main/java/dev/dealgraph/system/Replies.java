package dev.dealgraph.system;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answers of the two ways a resource is written: POST creates, PUT creates or
 * replaces.
 */
public final class Replies {

	private Replies() {
	}

	/** 201 with the new resource's address. */
	public static <T> ResponseEntity<T> created(String collection, String id, T body) {
		return ResponseEntity.created(URI.create(collection + "/" + id)).body(body);
	}

	/** 201 when the write created the resource, 200 when it replaced one. */
	public static <T> ResponseEntity<T> written(boolean created, T body) {
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(body);
	}

}
