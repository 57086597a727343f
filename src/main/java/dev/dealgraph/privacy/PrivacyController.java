package dev.dealgraph.privacy;

import dev.dealgraph.person.Suppressions;
import dev.dealgraph.person.Suppressions.Suppressed;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.ValidId;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A person's data rights; the suppressions are for admins only (the filter chain). */
@RestController
class PrivacyController {

	private final PersonalDataReader reader;

	private final Erasure erasure;

	private final Suppressions suppressions;

	private final Visibility visibility;

	PrivacyController(PersonalDataReader reader, Erasure erasure, Suppressions suppressions, Visibility visibility) {
		this.reader = reader;
		this.erasure = erasure;
		this.suppressions = suppressions;
		this.visibility = visibility;
	}

	@GetMapping("/api/v1/people/{id}/personal-data")
	@Operation(summary = "Everything held about the person (GDPR Art. 15); recorded in the audit")
	PersonalData personalData(@PathVariable @ValidId String id) {
		this.visibility.requireRead(Kind.PERSON, id);
		return this.reader.export(id);
	}

	@PostMapping("/api/v1/people/{id}/erasure")
	@Operation(summary = "Erases the person on request (GDPR Art. 17) and keeps them from being stored again",
			description = "Removes the person, their ties and deal facts, pseudonymises them in the audit and "
					+ "records a suppression holding only salted hashes of their id and of their name at their "
					+ "account. A later create or import of them is a 409 until an admin lifts it.")
	Erased erase(@PathVariable @ValidId String id) {
		this.visibility.requireEdit(Kind.PERSON, id);
		return this.erasure.erase(id);
	}

	@GetMapping("/api/v1/admin/suppressions")
	@Operation(summary = "The suppressions of erased people: hashes and dates only")
	Page<Suppressed> suppressions(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Page.check(page, size);
		return this.suppressions.list(page, size);
	}

	@DeleteMapping("/api/v1/admin/suppressions/{personId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Lets the person with this id be stored again")
	void lift(@PathVariable @ValidId String personId) {
		this.erasure.lift(personId);
	}

}
