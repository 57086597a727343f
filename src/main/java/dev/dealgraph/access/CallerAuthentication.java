package dev.dealgraph.access;

import java.util.List;

import dev.dealgraph.system.Caller;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated request: its principal is the {@link Caller}. */
final class CallerAuthentication extends AbstractAuthenticationToken {

	static final String ADMIN = "ROLE_ADMIN";

	private final Caller caller;

	CallerAuthentication(Caller caller) {
		super(authorities(caller));
		this.caller = caller;
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(Caller caller) {
		return caller.admin() ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority(ADMIN))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Caller getPrincipal() {
		return this.caller;
	}

	@Override
	public String getName() {
		return this.caller.userId();
	}

}
