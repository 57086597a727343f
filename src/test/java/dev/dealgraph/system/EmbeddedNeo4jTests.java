package dev.dealgraph.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedNeo4jTests {

	@TempDir
	Path temp;

	@Test
	void takenBoltPortStopsStartUpWithOneClearMessage() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			var properties = new EmbeddedNeo4jProperties(this.temp.resolve("data"), taken.getLocalPort(), "16m",
					java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(10));
			assertThatExceptionOfType(EmbeddedNeo4jException.class).isThrownBy(() -> EmbeddedNeo4j.start(properties))
				.withMessageContaining("127.0.0.1:" + taken.getLocalPort())
				.withMessageContaining("the port is taken")
				.withMessageContaining("dealgraph.embedded.bolt-port");
		}
	}

	@Test
	void dataDirectoryThatIsAFileStopsStartUpWithOneClearMessage() throws IOException {
		Path file = Files.writeString(this.temp.resolve("not-a-directory"), "x");
		var properties = new EmbeddedNeo4jProperties(file, 0, "16m", java.time.Duration.ofSeconds(2),
				java.time.Duration.ofSeconds(10));
		assertThatExceptionOfType(EmbeddedNeo4jException.class).isThrownBy(() -> EmbeddedNeo4j.start(properties))
			.withMessageContaining(file.toString())
			.withMessageContaining("dealgraph.embedded.data-dir");
	}

	@Test
	void failureAnalysisSaysWhatToChange() {
		FailureAnalysis analysis = new EmbeddedNeo4jFailureAnalyzer()
			.analyze(new IllegalStateException("wrapped", new EmbeddedNeo4jException("port taken", null)));
		assertThat(analysis.getDescription()).isEqualTo("port taken");
		assertThat(analysis.getAction()).contains("NEO4J_URI");
	}

}
