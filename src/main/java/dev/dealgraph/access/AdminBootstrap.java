package dev.dealgraph.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import dev.dealgraph.access.AccessModel.IssuedKey;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a start against a database without any admin key, creates the admin user and a key,
 * says it once in the log and writes it to {@code dealgraph.access.admin-key-file},
 * readable by its owner only. Later starts leave keys alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN = "admin";

	private static final Log logger = LogFactory.getLog(AdminBootstrap.class);

	private final AccessAdmin admin;

	private final AccessProperties properties;

	AdminBootstrap(AccessAdmin admin, AccessProperties properties) {
		this.admin = admin;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		ensureAdminKey();
	}

	/** Creates the admin and a key when no admin holds one; the key, or null. */
	@org.jspecify.annotations.Nullable
	IssuedKey ensureAdminKey() throws IOException {
		if (this.admin.anyAdminWithKey()) {
			return null;
		}
		this.admin.putUser(ADMIN, "Administrator", true, null);
		IssuedKey key = this.admin.issueKey(ADMIN, "first start");
		Path file = this.properties.adminKeyFile().toAbsolutePath().normalize();
		write(file, key.secret());
		logger.warn("Created the admin API key " + key.secret() + " (also in " + file
				+ "). It is shown only this once: send it as 'Authorization: Bearer <key>'.");
		return key;
	}

	private static void write(Path file, String secret) throws IOException {
		Files.createDirectories(file.getParent());
		Files.deleteIfExists(file);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(file);
		}
		Files.writeString(file, secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
	}

}
