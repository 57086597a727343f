package dev.dealgraph.account;

import java.util.ArrayList;
import java.util.List;

/**
 * Published inside the transaction that is about to delete an account. A feature that
 * attaches its objects to accounts says what still hangs on this one; any such object
 * keeps the account from being deleted.
 */
public final class AccountDeletion {

	private final String accountId;

	private final List<String> attached = new ArrayList<>();

	AccountDeletion(String accountId) {
		this.accountId = accountId;
	}

	public String accountId() {
		return this.accountId;
	}

	/** Records that {@code count} objects of this kind still belong to the account. */
	public void stillHas(long count, String what) {
		if (count > 0) {
			this.attached.add(count + " " + what);
		}
	}

	List<String> attached() {
		return List.copyOf(this.attached);
	}

}
