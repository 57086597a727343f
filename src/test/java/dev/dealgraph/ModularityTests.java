package dev.dealgraph;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a module: no cycles between them, and none reaches into
 * another's internals (a sub-package such as {@code paths.engine}, or a package-private
 * type). Each run writes the module documentation to {@code target/spring-modulith-docs};
 * {@code ./mvnw test -Dtest=ModularityTests -Ddealgraph.module-docs=docs/modules}
 * refreshes the copy kept in the repository (Modulith orders the diagrams' lines
 * differently from run to run, so they are not rewritten on every build).
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DealgraphApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		String folder = System.getProperty("dealgraph.module-docs", "target/spring-modulith-docs");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(folder)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
