package dev.dealgraph.account;

import java.util.ArrayList;
import java.util.List;

import dev.dealgraph.system.Sentences;

import org.springframework.context.MessageSourceResolvable;

/**
 * Published inside the transaction that is about to delete an account. A feature that
 * attaches its objects to accounts says what still hangs on this one; any such object
 * keeps the account from being deleted.
 */
public final class AccountDeletion {

	private final String accountId;

	private final List<MessageSourceResolvable> attached = new ArrayList<>();

	AccountDeletion(String accountId) {
		this.accountId = accountId;
	}

	public String accountId() {
		return this.accountId;
	}

	/**
	 * Records that {@code count} objects still belong to the account, said by the message
	 * code {@code problem.attached.<what>} with the count as its argument.
	 */
	public void stillHas(long count, String what) {
		if (count > 0) {
			this.attached.add(Sentences.of("problem.attached." + what, count));
		}
	}

	List<MessageSourceResolvable> attached() {
		return List.copyOf(this.attached);
	}

}
