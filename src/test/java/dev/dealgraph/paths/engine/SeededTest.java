package dev.dealgraph.paths.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A randomized property over {@link Seeds} cases, each named by its case (seed first).
 * Zero cases is no failure: replaying one seed leaves the other properties none.
 */
@ExtendWith(SeedReplay.class)
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}", allowZeroInvocations = true)
@interface SeededTest {

}
