package dev.dealgraph;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a module: no cycles between them, and none reaches into
 * another's internals (a sub-package such as {@code paths.engine}, or a package-private
 * type). The run writes the module documentation to {@code docs/modules/}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DealgraphApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
