package dev.dealgraph.browser;

import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.ExtensionType;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.kernel.lifecycle.LifecycleAdapter;

/**
 * Registers {@link StakeholderFunctions} in the Neo4j that runs inside the application.
 * Neo4j finds this factory through {@code META-INF/services}, so the function exists
 * whenever the embedded database does, in the application and in tests alike, without a
 * plugin directory. An external server does not have it (see the Browser guide). Public,
 * like its dependencies interface, because Neo4j loads and proxies them.
 */
public class StakeholderFunctionsExtension extends ExtensionFactory<StakeholderFunctionsExtension.Dependencies> {

	public StakeholderFunctionsExtension() {
		super(ExtensionType.GLOBAL, "dealgraphStakeholderFunctions");
	}

	@Override
	public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
		return LifecycleAdapter
			.onInit(() -> dependencies.globalProcedures().registerFunction(StakeholderFunctions.class));
	}

	/** What Neo4j hands this extension. */
	public interface Dependencies {

		GlobalProcedures globalProcedures();

	}

}
