package dev.dealgraph.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Opens the planning page and gives it its words: {@code /app/messages} answers every key
 * of the {@code i18n/app} bundle in the request's language (Accept-Language), as the
 * application's MessageSource resolves it. The words hold no data, so they need no key,
 * like the page itself.
 */
@Controller
class AppController {

	private final MessageSource messages;

	private final Iterable<String> keys;

	AppController(MessageSource messages) throws IOException {
		this.messages = messages;
		Properties english = new Properties();
		try (InputStream in = new ClassPathResource("i18n/app.properties").getInputStream()) {
			english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		this.keys = new TreeSet<>(english.stringPropertyNames());
	}

	@GetMapping("/app")
	ModelAndView withSlash() {
		RedirectView view = new RedirectView(AppResources.APP, true);
		view.setHttp10Compatible(false);
		view.setStatusCode(HttpStatus.FOUND);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	@GetMapping("/app/")
	String page() {
		return "forward:/app/index.html";
	}

	@GetMapping(path = "/app/messages", produces = "application/json")
	@ResponseBody
	ResponseEntity<Map<String, String>> words(Locale locale) {
		Map<String, String> words = new TreeMap<>();
		for (String key : this.keys) {
			words.put(key, this.messages.getMessage(key, null, key, locale));
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.header("Content-Language", locale.toLanguageTag())
			.body(words);
	}

}
