package dev.dealgraph.system;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every controller's parameters and path variables are read by {@link StrictParameters}.
 */
@ControllerAdvice
class StrictBinding {

	@InitBinder
	void strictParameters(WebDataBinder binder) {
		StrictParameters.register(binder);
	}

}
