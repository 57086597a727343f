package dev.dealgraph.paths.engine;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;

/**
 * Puts the replay command into a failing case's message, since build logs name cases by
 * index rather than display name, and skips the property's later cases: they are larger,
 * and the first failure is the one worth replaying.
 */
final class SeedReplay implements TestExecutionExceptionHandler, ExecutionCondition {

	private static final ExtensionContext.Namespace FAILED = ExtensionContext.Namespace.create(SeedReplay.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String first = context.getStore(FAILED).get("first", String.class);
		return (first == null) ? ConditionEvaluationResult.enabled("no case failed yet")
				: ConditionEvaluationResult.disabled("a smaller case failed first: " + first);
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) {
		String name = context.getDisplayName();
		context.getParent().orElseThrow().getStore(FAILED).put("first", name);
		int comma = name.indexOf(',');
		String seed = (name.startsWith("seed ") && comma > 0) ? name.substring("seed ".length(), comma) : "?";
		String message = String.format("%s; replay: ./mvnw test -Dtest='%s#%s' -Ddealgraph.seed=%s%n%s", name,
				context.getRequiredTestClass().getSimpleName(), context.getRequiredTestMethod().getName(), seed,
				failure.getMessage());
		if (failure instanceof AssertionFailedError assertion && assertion.isExpectedDefined()
				&& assertion.isActualDefined()) {
			throw new AssertionFailedError(message, assertion.getExpected().getEphemeralValue(),
					assertion.getActual().getEphemeralValue(), failure);
		}
		throw new AssertionFailedError(message, failure);
	}

}
